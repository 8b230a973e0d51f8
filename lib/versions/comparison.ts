// The comparison of any two versions of a document, from data made at build time: what each
// version's outline.json holds and what the document's compare page carries (its versions,
// their dates as the site writes them, the words of a redline). Pure, and free of Node and
// React: the changes pages, the site's server and the static export's script (compare.js) all
// draw a comparison with `comparisonArticle` and `redlineArticleHtml`, so it reads the same
// wherever it is made, word for word and mark for mark.
import { localePath, type Locale } from '@/i18n/routing';
import type { OutlineSection } from '@/lib/mdx/rehype-outline';
import { compareOutlines, granularityFor } from '@/lib/versions/redline';
import {
  escapeHtml,
  fill,
  redlineArticleHtml,
  type RedlineArticle,
  type RedlineLabels,
} from '@/lib/versions/redline-html';

/** What /<doc>/<version>/outline.json publishes of a version, in one language. */
export type VersionOutline = {
  schemaVersion: 1;
  document: string;
  language: Locale;
  version: string;
  title: string;
  outline: OutlineSection[];
};

/** The words of the compare page that a comparison's page says otherwise. */
export type FrameWords = { title: string; description: string };

/** What a document's compare page carries for the comparison, in its language. */
export type CompareData = {
  schemaVersion: 1;
  document: string;
  language: Locale;
  /** The document's title in the version shown at /<doc>/. */
  title: string;
  /** Oldest first: each version's date, that date as the site writes it, and its summary. */
  versions: { date: string; day: string; summary: string | null }[];
  labels: RedlineLabels;
  /** The page's own words, as locales/<locale>.json writes them (`{name}` placeholders). */
  words: { compareTitle: string; compareIntro: string; versionOf: string; history: string };
  /** The compare page's own title and description, which a comparison's page says otherwise. */
  page: FrameWords;
};

/** The path of a comparison: /<doc>/<version>/changes/<since>/. */
export const comparisonPath = (locale: Locale, slug: string, version: string, since: string) =>
  localePath(locale, `${slug}/${version}/changes/${since}`);

/** The path of a version's outline for the comparison: /<doc>/<version>/outline.json. */
export const outlinePath = (locale: Locale, slug: string, version: string) =>
  `${localePath(locale, `${slug}/${version}`)}outline.json`;

/** The path of a document's compare page, which also holds every comparison's frame. */
export const comparePagePath = (locale: Locale, slug: string) =>
  localePath(locale, `${slug}/compare`);

const DATE = '\\d{4}-\\d{2}-\\d{2}';
const PAIR = new RegExp(`^(/en)?/([a-z0-9]+(?:-[a-z0-9]+)*)/(${DATE})/changes/(${DATE})/$`);

/** The document, language and two versions a comparison's path names, if it is one. */
export function parseComparisonPath(
  path: string,
): { locale: Locale; slug: string; version: string; since: string } | undefined {
  const match = PAIR.exec(path);
  if (!match) return undefined;
  return {
    locale: match[1] ? 'en' : 'zh-CN',
    slug: match[2]!,
    version: match[3]!,
    since: match[4]!,
  };
}

/**
 * Whether the compare page's versions hold the two, `since` older than `version`. The version
 * right before is a comparison too: it reads as the version's changes page does.
 */
export function isComparison(data: CompareData, version: string, since: string): boolean {
  const dates = data.versions.map((v) => v.date);
  const at = dates.indexOf(version);
  const from = dates.indexOf(since);
  return from >= 0 && from < at;
}

/**
 * The stylesheet beside a comparison's address, range.css: of the list of what each version
 * changed, it leaves shown only the versions after `since` up to `version`, so a reader without
 * JavaScript on the static export sees the changes between the two. Both servers answer it with
 * these bytes (nginx from its configuration, where `since` and `version` come from the address).
 */
export function rangeCss(version: string, since: string): string {
  const steps = '.compare-page__steps>li';
  return (
    `.compare-page__script-note{display:block}${steps}{display:none}` +
    `${steps}[data-from="${since}"],${steps}[data-from="${since}"]~li{display:list-item}` +
    `${steps}[data-to="${version}"]~li{display:none}\n`
  );
}

/** The article of the comparison of `older` with `newer`, with every version between's summary. */
export function comparisonArticle(
  data: CompareData,
  older: VersionOutline,
  newer: VersionOutline,
): RedlineArticle {
  const { locale, slug } = { locale: data.language, slug: data.document };
  const day = (date: string) => data.versions.find((v) => v.date === date)?.day ?? date;
  const versionOf = (date: string) => fill(data.words.versionOf, { date: day(date) });
  const between = data.versions.filter((v) => v.date > older.version && v.date <= newer.version);
  const dates = { title: newer.title, date: day(newer.version), since: day(older.version) };
  return {
    title: fill(data.words.compareTitle, dates),
    intro: fill(data.words.compareIntro, dates),
    links: [
      { href: localePath(locale, `${slug}/${newer.version}`), label: versionOf(newer.version) },
      { href: localePath(locale, `${slug}/${older.version}`), label: versionOf(older.version) },
      { href: localePath(locale, `${slug}/history`), label: data.words.history },
    ],
    summaries: between.map((v) => ({
      label: versionOf(v.date),
      ...(v.summary ? { summary: v.summary } : {}),
    })),
    colon: locale === 'en' ? ': ' : '：',
    changes: compareOutlines(older.outline, newer.outline, granularityFor(locale)),
  };
}

/** Where the compare page's own address stands in its HTML: links, metadata and JSON-LD. */
const ADDRESS_CONTEXT = '(href="|content="|"url":"|"@id":")([^"]*?)';

/**
 * The page of a comparison: the compare page's frame with the comparison's article in it, its
 * addresses (canonical, languages, JSON-LD) naming the pair, and its title and description the
 * comparison's. The form still sends to the compare page: it is in an `action`, not an `href`.
 */
export function fillComparison(
  frame: string,
  data: CompareData,
  older: VersionOutline,
  newer: VersionOutline,
): string {
  const article = comparisonArticle(data, older, newer);
  const start = frame.indexOf('<article id="comparison"');
  const openEnd = frame.indexOf('>', start) + 1;
  const end = frame.indexOf('</article>', openEnd);
  if (start < 0 || end < 0) throw new Error('the compare page has no comparison article');
  let page =
    frame.slice(0, openEnd - 1) +
    ' data-drawn="">' +
    redlineArticleHtml(article, data.labels) +
    frame.slice(end);
  const address = new RegExp(`${ADDRESS_CONTEXT}((?:/en)?/${data.document})/compare/"`, 'g');
  page = page.replace(address, `$1$2$3/${newer.version}/changes/${older.version}/"`);
  for (const [was, now] of [
    [data.page.title, article.title],
    [data.page.description, article.intro],
  ] as const) {
    page = page.split(escapeHtml(was)).join(escapeHtml(now));
    page = page.split(JSON.stringify(was).slice(1, -1)).join(JSON.stringify(now).slice(1, -1));
  }
  return page;
}
