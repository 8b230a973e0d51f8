// /privacy/compare/range.css: the compare page's stylesheet of the range it lists, which is every
// version's changes. The page links range.css by a relative address so that, served at a
// comparison's address (/privacy/<version>/changes/<since>/), it reads the stylesheet there,
// which the host writes for that pair (lib/versions/comparison.ts, rangeCss).
import { comparableParams } from '@/lib/pages/document-route';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = comparableParams;

export function GET() {
  return new Response('/* Every version’s changes are listed. */\n', {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
}
