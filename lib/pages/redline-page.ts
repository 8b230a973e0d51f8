// The model of a changes page, /privacy/<date>/changes/: a version against the one before it,
// prerendered. Any other pair is compared on request from published data (lib/versions/
// comparison.ts, the compare page's frame). components/versions/redline-page.tsx draws it.
import { notFound } from 'next/navigation';
import { formatDate } from '@/lib/dates';
import { findVersion, resolveDocument, type DocumentRoute } from '@/lib/pages/document-route';
import { pageBasics, type PageBasics } from '@/lib/pages/page-basics';
import type { PageHead } from '@/lib/pages/page-metadata';
import { compareOutlines, granularityFor } from '@/lib/versions/redline';
import {
  REDLINE_LABEL_KEYS,
  type RedlineArticle,
  type RedlineLabels,
} from '@/lib/versions/redline-html';
import { versionPaths } from '@/lib/versions/version-paths';
import { loadVersion } from '@/lib/versions/versions';

export type RedlineParams = { locale: string; doc: string; version: string };

export type RedlinePageModel = {
  route: DocumentRoute;
  t: PageBasics['t'];
  page: PageHead;
  publisher: PageBasics['publisher'];
  /** The newer version's date. */
  date: string;
  /** Everything the article says, drawn by lib/versions/redline-html.ts. */
  article: RedlineArticle;
  labels: RedlineLabels;
};

/** The words of a redline in a language, as written (the renderer fills their values). */
export function redlineLabels(t: PageBasics['t']): RedlineLabels {
  return Object.fromEntries(
    REDLINE_LABEL_KEYS.map((key) => [key, t.raw(`redline.${key}`) as string]),
  ) as RedlineLabels;
}

/** A version and the one before it: 404 for the first version, which has nothing before it. */
export async function redlinePage({
  version: date,
  ...rest
}: RedlineParams): Promise<RedlinePageModel> {
  const route = await resolveDocument(rest);
  const { version, previous } = findVersion(route, date);
  if (!previous) notFound();
  const [older, newer] = await Promise.all([
    loadVersion(route.slug, previous, route.locale),
    loadVersion(route.slug, version, route.locale),
  ]);
  const changes = compareOutlines(older.outline, newer.outline, granularityFor(route.locale));
  const { t, site, publisher } = await pageBasics(route.locale);
  const day = (d: string) => formatDate(route.locale, d);
  const versionLabel = (d: string) => t('versions.versionOf', { date: day(d) });
  const paths = versionPaths(route.locale, route.slug);
  const page = {
    locale: route.locale,
    slug: `${route.slug}/${date}/changes`,
    title: t('versions.redlineTitle', { title: newer.frontmatter.title, date: day(date) }),
    ...site,
  };
  const intro = t('versions.redlineIntro', { date: day(date), previous: day(previous.date) });
  const description = newer.frontmatter.changeSummary ?? newer.frontmatter.description;
  const article: RedlineArticle = {
    title: page.title,
    intro,
    links: [
      { href: paths.version(date), label: versionLabel(date) },
      { href: paths.version(previous.date), label: versionLabel(previous.date) },
      { href: paths.history, label: t('versions.history') },
    ],
    ...(description ? { summary: description } : {}),
    summaries: [],
    colon: route.locale === 'en' ? ': ' : '：',
    changes,
  };
  return {
    route,
    t,
    page: { ...page, description },
    publisher,
    date,
    article,
    labels: redlineLabels(t),
  };
}
