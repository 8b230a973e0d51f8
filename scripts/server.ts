// `npm run serve` (and the end of `npm start`): serves the production build on HOST:PORT
// (127.0.0.1:3000 unless set) with the site's own HTTP server (lib/http/site-server.ts) in front
// of Next.js's request handler, run in a child process (lib/http/next-renderer.ts), and the PDFs
// of the versions that `npm run pdfs` drew.
import { readFileSync } from 'node:fs';
import { locales, localePath } from '@/i18n/routing';
import { nextRenderer } from '@/lib/http/next-renderer';
import { isComparisonAddress, withComparisons } from '@/lib/http/comparison-renderer';
import { notFoundPage } from '@/lib/http/not-found-page';
import { withPdfs } from '@/lib/http/pdf-renderer';
import { createSiteServer } from '@/lib/http/site-server';
import { pdfDir } from '@/lib/pdf/pdf-files';

const titles = Object.fromEntries(
  locales.map((locale) => {
    const messages = JSON.parse(readFileSync(`locales/${locale}.json`, 'utf8'));
    return [locale, `${messages.notFound.metaTitle} | ${messages.site.name}`];
  }),
);

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  const next = nextRenderer(process.cwd());
  await next.ready;
  const server = createSiteServer({
    // The versions' PDFs from .generated/pdf/, the comparisons of two versions made from the
    // compare pages and outlines, everything else from Next.js.
    render: withPdfs(pdfDir(), withComparisons(next.render)),
    transient: isComparisonAddress,
    // No page has a segment starting with "_", so Next.js answers this path with its 404 page.
    notFound: {
      probe: localePath('zh-CN', '_/not-found'),
      page: (html, locale) => notFoundPage(html, locale, titles[locale]!),
    },
  });
  server.listen(port, host, () => console.log(`Serving the site on http://${host}:${port}/`));
  const stop = () => {
    server.close();
    next.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
