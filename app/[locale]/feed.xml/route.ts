// /feed.xml and /en/feed.xml: an Atom entry for every version of every document, newest first,
// so readers and services can follow changes to the legal texts. Prerendered like the pages.
import { notFound } from 'next/navigation';
import { isLocale, localePath, locales } from '@/i18n/routing';
import { atomFeed } from '@/lib/atom';
import { documentsWithVersions, loadVersion } from '@/lib/content/versions';
import { formatDate } from '@/lib/dates';
import { pageBasics } from '@/lib/page-basics';
import { feedPath } from '@/lib/page-metadata';
import { absoluteUrl } from '@/lib/site-config';
import { versionPaths } from '@/lib/version-paths';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/feed.xml'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { t, site, publisher } = await pageBasics(locale);
  const entries = await Promise.all(
    (await documentsWithVersions()).flatMap(({ slug, versions }) =>
      versions.map(async (version, index) => {
        const { title, changeSummary } = (await loadVersion(slug, version, locale)).frontmatter;
        const paths = versionPaths(locale, slug);
        return {
          id: absoluteUrl(paths.version(version.date)),
          title: t('feed.entryTitle', { title, date: formatDate(locale, version.date) }),
          date: version.date,
          summary: changeSummary ?? t('feed.firstVersion', { title }),
          link: absoluteUrl(paths.version(version.date)),
          related: index > 0 ? absoluteUrl(paths.changes(version.date)) : undefined,
        };
      }),
    ),
  );
  entries.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const xml = atomFeed({
    id: absoluteUrl(feedPath(locale)),
    title: site.feedTitle,
    language: locale,
    self: absoluteUrl(feedPath(locale)),
    alternate: absoluteUrl(localePath(locale)),
    author: publisher.name,
    entries,
  });
  return new Response(xml, {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
