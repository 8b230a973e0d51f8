// The model of a language's updates feed, /feed.xml and /en/feed.xml: an Atom entry for every
// version of every document, and one for every earlier publication the site replaced in place,
// newest first. An announced version has its entry from the day it is published; the entry is
// updated (and moves to the top) on the first build after it takes effect, and says both dates in
// words. A correction updates its version's entry. Every date is a day the records give
// (lib/versions/publication-days.ts): a text dated by its source is published on the first day
// the site published it, never on its own date. lib/pages/atom.ts writes it.
import { localePath, type Locale } from '@/i18n/routing';
import { buildDate, formatDate } from '@/lib/dates';
import type { AtomEntry, AtomFeed } from '@/lib/pages/atom';
import { pageBasics, type PageBasics } from '@/lib/pages/page-basics';
import { feedPath } from '@/lib/pages/page-metadata';
import { absoluteUrl } from '@/lib/site-config';
import { shownEffective } from '@/lib/versions/in-force';
import { versionIntegrity, type VersionIntegrity } from '@/lib/versions/version-integrity';
import { versionPaths } from '@/lib/versions/version-paths';
import { documentsWithVersions, loadVersion, type DocumentVersion } from '@/lib/versions/versions';

type Entry = {
  slug: string;
  locale: Locale;
  version: DocumentVersion;
  first: boolean;
  integrity: VersionIntegrity;
  t: PageBasics['t'];
  day: string;
};

const sentences = (locale: Locale, parts: (string | undefined)[]) =>
  // Chinese sentences follow one another without a space.
  parts.filter(Boolean).join(locale === 'en' ? ' ' : '');

async function versionEntry({ slug, locale, version, first, integrity, t, day }: Entry) {
  const { title, changeSummary } = (await loadVersion(slug, version, locale)).frontmatter;
  const paths = versionPaths(locale, slug);
  const { date, effective } = version;
  const format = (d: string) => formatDate(locale, d);
  const dates = { date: format(date), effective: format(effective) };
  const stated = shownEffective(version) === undefined;
  const { firstPublished, lastChanged } = integrity.days;
  const corrected = integrity.corrigenda.at(-1)?.date;
  const replaced = integrity.publications.at(-1)?.replaced;
  const when = stated
    ? sentences(locale, [
        t('feed.stated', dates),
        firstPublished && t('feed.firstPublished', { date: format(firstPublished) }),
        replaced && t('feed.replacedOn', { date: format(replaced) }),
      ])
    : t(effective > day ? 'feed.takesEffect' : 'feed.tookEffect', dates);
  // Published, and again once in force: the day it took effect is news of its own; so is a
  // correction, and for a text dated by its source, each replacement in place.
  const inForceOn = effective > date && effective <= day ? effective : date;
  const updated = stated
    ? (lastChanged ?? firstPublished)
    : [inForceOn, corrected]
        .filter((d): d is string => d !== undefined)
        .sort()
        .at(-1)!;
  return {
    id: absoluteUrl(paths.version(date)),
    title: t('feed.entryTitle', { title, date: dates.date }),
    // A text dated by its source with no record of its publication has no date to give.
    date: updated ?? date,
    published: stated ? firstPublished : date,
    // A date the text states is no effective date: the entry then claims none.
    effective: shownEffective(version),
    summary: sentences(locale, [
      changeSummary ?? t('feed.firstVersion', { title }),
      when,
      corrected && t('feed.corrected', { date: format(corrected) }),
    ]),
    link: absoluteUrl(paths.version(date)),
    related: first ? undefined : absoluteUrl(paths.changes(date)),
  };
}

/** An earlier publication: the text the site published at the version's address, then replaced. */
async function keptEntries({ slug, locale, version, integrity, t }: Entry): Promise<AtomEntry[]> {
  const { title } = (await loadVersion(slug, version, locale)).frontmatter;
  const paths = versionPaths(locale, slug);
  return integrity.publications.map((p) => ({
    id: absoluteUrl(paths.kept(version.date, p.published)),
    title: t('feed.keptEntryTitle', {
      title,
      published: formatDate(locale, p.published),
      replaced: formatDate(locale, p.replaced),
    }),
    date: p.replaced,
    published: p.published,
    summary: p.note[locale],
    link: absoluteUrl(paths.kept(version.date, p.published)),
    related: absoluteUrl(paths.version(version.date)),
  }));
}

export async function feed(locale: Locale): Promise<AtomFeed> {
  const { t, site, publisher } = await pageBasics(locale);
  const day = buildDate();
  const perVersion = await Promise.all(
    (await documentsWithVersions()).flatMap(({ slug, versions }) =>
      versions.map(async (version, index) => {
        const integrity = await versionIntegrity(slug, version);
        const entry = { slug, locale, version, first: index === 0, integrity, t, day };
        return [await versionEntry(entry), ...(await keptEntries(entry))];
      }),
    ),
  );
  const entries: AtomEntry[] = perVersion.flat();
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
