// /sitemap.xml: every page in every language, with the date of its last change and the other
// language versions (and x-default) as alternates, so crawlers see each document as one set.
import type { MetadataRoute } from 'next';
import { localePath, locales } from '@/i18n/routing';
import { listDocuments, loadDocument } from '@/lib/content/library';
import { languageAlternates } from '@/lib/page-metadata';
import { absoluteUrl } from '@/lib/site-config';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const slugs = await listDocuments();
  const documents = await Promise.all(
    slugs.flatMap((slug) => locales.map((locale) => loadDocument(slug, locale))),
  );
  const newest = documents
    .map((d) => d.frontmatter.lastUpdated)
    .sort()
    .at(-1);
  const hubs = locales.map((locale) => ({
    url: absoluteUrl(localePath(locale)),
    lastModified: newest,
    alternates: { languages: languageAlternates('') },
  }));
  const pages = documents.map(({ slug, locale, frontmatter }) => ({
    url: absoluteUrl(localePath(locale, slug)),
    lastModified: frontmatter.lastUpdated,
    alternates: { languages: languageAlternates(slug) },
  }));
  return [...hubs, ...pages];
}
