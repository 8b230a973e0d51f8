// /privacy/versions.json and /en/privacy/versions.json: every version of the document with its
// dates, addresses, PDF, checksums and corrigenda, for programs (lib/pages/versions-json.ts).
// Prerendered like the feeds; the history page links to it.
import { resolveDocument, documentParams } from '@/lib/pages/document-route';
import { versionsJson } from '@/lib/pages/versions-json';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = documentParams;

export async function GET(
  _request: Request,
  { params }: RouteContext<'/[locale]/[doc]/versions.json'>,
) {
  const { locale, slug } = await resolveDocument(await params);
  // Indented, so a reader who opens it sees the versions; a few hundred bytes more, compressed.
  const body = `${JSON.stringify(await versionsJson(slug, locale), null, 2)}\n`;
  // JSON is UTF-8 by definition (RFC 8259) and application/json has no charset parameter.
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
}
