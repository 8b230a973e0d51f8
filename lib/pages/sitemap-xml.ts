// Writes /sitemap.xml (sitemaps.org 0.9 with the xhtml:link language alternates). Pure, so its
// order and escaping are tested without a server. The sitemaps.org schema wants each <url> as
// loc, lastmod, then extension elements: Next's own sitemap writer puts <lastmod> after the
// xhtml:link elements, which the schema rejects.
import { escapeXml } from '@/lib/pages/atom';

export type SitemapEntry = {
  url: string;
  /** YYYY-MM-DD */
  lastModified: string;
  /** hreflang → absolute URL */
  alternates: Readonly<Record<string, string>>;
};

export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(({ url, lastModified, alternates }) =>
    [
      '<url>',
      `<loc>${escapeXml(url)}</loc>`,
      `<lastmod>${escapeXml(lastModified)}</lastmod>`,
      ...Object.entries(alternates).map(
        ([lang, href]) =>
          `<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(href)}"/>`,
      ),
      '</url>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
