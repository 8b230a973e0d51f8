// /sitemap.xml: every page in every language, with the date of its last change and the other
// language versions (and x-default) as alternates, so crawlers see each document as one set.
import type { MetadataRoute } from 'next';
import { localePath, locales } from '@/i18n/routing';
import { languageAlternates } from '@/lib/page-metadata';
import { absoluteUrl } from '@/lib/site-config';
import { sitePages } from '@/lib/site-pages';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = (await sitePages()).filter((p) => p.listed);
  return locales.flatMap((locale) =>
    pages.map(({ path, lastModified }) => ({
      url: absoluteUrl(localePath(locale, path)),
      lastModified,
      alternates: { languages: languageAlternates(path) },
    })),
  );
}
