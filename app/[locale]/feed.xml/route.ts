// /feed.xml and /en/feed.xml: an Atom entry for every version of every document, newest first,
// so readers and services can follow changes to the legal texts. Prerendered like the pages. An
// announced version has its entry from the day it is published; the entry is updated (and moves
// to the top) on the first build after it takes effect, and says both dates in words.
import { notFound } from 'next/navigation';
import { isLocale, localePath, locales } from '@/i18n/routing';
import { atomFeed } from '@/lib/pages/atom';
import { documentsWithVersions, loadVersion, shownEffective } from '@/lib/versions/versions';
import { buildDate, formatDate } from '@/lib/dates';
import { pageBasics } from '@/lib/pages/page-basics';
import { feedPath } from '@/lib/pages/page-metadata';
import { absoluteUrl } from '@/lib/site-config';
import { versionPaths } from '@/lib/versions/version-paths';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/feed.xml'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { t, site, publisher } = await pageBasics(locale);
  const day = buildDate();
  const entries = await Promise.all(
    (await documentsWithVersions()).flatMap(({ slug, versions }) =>
      versions.map(async (version, index) => {
        const { title, changeSummary } = (await loadVersion(slug, version, locale)).frontmatter;
        const paths = versionPaths(locale, slug);
        const { date, effective } = version;
        const dates = { date: formatDate(locale, date), effective: formatDate(locale, effective) };
        const stated = shownEffective(version) === undefined;
        const when = stated
          ? t('feed.stated', dates)
          : t(effective > day ? 'feed.takesEffect' : 'feed.tookEffect', dates);
        const summary = changeSummary ?? t('feed.firstVersion', { title });
        return {
          id: absoluteUrl(paths.version(version.date)),
          title: t('feed.entryTitle', { title, date: dates.date }),
          // Published, and again once in force: the day it took effect is news of its own.
          date: effective > date && effective <= day ? effective : date,
          published: date,
          // A date the text states is no effective date: the entry then claims none.
          effective: shownEffective(version),
          // Chinese sentences follow one another without a space.
          summary: `${summary}${locale === 'en' ? ' ' : ''}${when}`,
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
