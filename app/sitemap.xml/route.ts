// /sitemap.xml: every page in every language, with the date of its last change and the other
// language versions (and x-default) as alternates, so crawlers see each document as one set.
// Written by lib/pages/sitemap-xml.ts in the order the sitemaps.org schema wants; prerendered.
import { localePath, locales } from '@/i18n/routing';
import { languageAlternates } from '@/lib/pages/page-metadata';
import { absoluteUrl } from '@/lib/site-config';
import { sitePages } from '@/lib/pages/site-pages';
import { sitemapXml } from '@/lib/pages/sitemap-xml';

export const dynamic = 'force-static';

export async function GET() {
  const pages = (await sitePages()).filter((p) => p.listed);
  const xml = sitemapXml(
    locales.flatMap((locale) =>
      pages.map(({ path, lastModified }) => ({
        url: absoluteUrl(localePath(locale, path)),
        lastModified,
        alternates: languageAlternates(path),
      })),
    ),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
