// /privacy/2017-03-09/outline.json: a version's text as the comparison reads it (its sections and
// blocks, with where its key clauses are), one file per version and language, so any two versions
// can be compared from published data, on the site's server and by the static export's script,
// without a page per pair (lib/versions/comparison.ts). Prerendered like versions.json.
import { findVersion, resolveDocument, versionParams } from '@/lib/pages/document-route';
import type { VersionOutline } from '@/lib/versions/comparison';
import { loadVersion } from '@/lib/versions/versions';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => versionParams();

export async function GET(
  _request: Request,
  { params }: RouteContext<'/[locale]/[doc]/[version]/outline.json'>,
) {
  const { version: date, ...rest } = await params;
  const route = await resolveDocument(rest);
  const { version } = findVersion(route, date);
  const { frontmatter, outline } = await loadVersion(route.slug, version, route.locale);
  const body: VersionOutline = {
    schemaVersion: 1,
    document: route.slug,
    language: route.locale,
    version: version.date,
    title: frontmatter.title,
    outline,
  };
  // Compact: it is read by programs, and every version has one in each language.
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
}
