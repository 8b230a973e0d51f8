// The model of a language's updates feed, /feed.xml and /en/feed.xml: an Atom entry for every
// version of every document, newest first. An announced version has its entry from the day it
// is published; the entry is updated (and moves to the top) on the first build after it takes
// effect, and says both dates in words. lib/pages/atom.ts writes it.
import { localePath, type Locale } from '@/i18n/routing';
import { buildDate, formatDate } from '@/lib/dates';
import type { AtomEntry, AtomFeed } from '@/lib/pages/atom';
import { pageBasics } from '@/lib/pages/page-basics';
import { feedPath } from '@/lib/pages/page-metadata';
import { absoluteUrl } from '@/lib/site-config';
import { versionPaths } from '@/lib/versions/version-paths';
import { documentsWithVersions, loadVersion } from '@/lib/versions/versions';
import { shownEffective } from '@/lib/versions/in-force';

export async function feed(locale: Locale): Promise<AtomFeed> {
  const { t, site, publisher } = await pageBasics(locale);
  const day = buildDate();
  const entries: AtomEntry[] = await Promise.all(
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
  return {
    id: absoluteUrl(feedPath(locale)),
    title: site.feedTitle,
    language: locale,
    self: absoluteUrl(feedPath(locale)),
    alternate: absoluteUrl(localePath(locale)),
    author: publisher.name,
    entries,
  };
}
