// The model of a redline page: one version against an earlier one, shared by
// /privacy/<date>/changes/ (against the version before) and /privacy/<date>/changes/<since>/
// (against any earlier version). components/versions/redline-page.tsx draws it.
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

export type RedlineParams = { locale: string; doc: string; version: string; since?: string };

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

/**
 * The two versions and their comparison. Without `since`, the version before; with it, an
 * earlier version that is not the one before (that pair has its own page): 404 otherwise.
 */
export async function redlinePage({
  version: date,
  since,
  ...rest
}: RedlineParams): Promise<RedlinePageModel> {
  const route = await resolveDocument(rest);
  const { version, previous } = findVersion(route, date);
  const earlier = since === undefined ? previous : route.versions.find((v) => v.date === since);
  if (!earlier || earlier.date >= date || (since !== undefined && earlier === previous)) notFound();
  const [older, newer] = await Promise.all([
    loadVersion(route.slug, earlier, route.locale),
    loadVersion(route.slug, version, route.locale),
  ]);
  const changes = compareOutlines(older.outline, newer.outline, granularityFor(route.locale));
  // Over several versions, what each of them changed, as its editors summed it up.
  const between = route.versions.filter((v) => v.date > earlier.date && v.date <= date);
  const summaries =
    since === undefined
      ? []
      : await Promise.all(
          between.map(async (v) => ({
            date: v.date,
            summary:
              v.date === date
                ? newer.frontmatter.changeSummary
                : (await loadVersion(route.slug, v, route.locale)).frontmatter.changeSummary,
          })),
        );
  const { t, site, publisher } = await pageBasics(route.locale);
  const day = (d: string) => formatDate(route.locale, d);
  const versionLabel = (d: string) => t('versions.versionOf', { date: day(d) });
  const paths = versionPaths(route.locale, route.slug);
  const page = {
    locale: route.locale,
    slug:
      since === undefined
        ? `${route.slug}/${date}/changes`
        : `${route.slug}/${date}/changes/${since}`,
    title:
      since === undefined
        ? t('versions.redlineTitle', { title: newer.frontmatter.title, date: day(date) })
        : t('versions.compareTitle', {
            title: newer.frontmatter.title,
            date: day(date),
            since: day(since),
          }),
    ...site,
  };
  const intro =
    since === undefined
      ? t('versions.redlineIntro', { date: day(date), previous: day(earlier.date) })
      : t('versions.compareIntro', { date: day(date), since: day(earlier.date) });
  const description =
    since === undefined
      ? (newer.frontmatter.changeSummary ?? newer.frontmatter.description)
      : intro;
  const article: RedlineArticle = {
    title: page.title,
    intro,
    links: [
      { href: paths.version(date), label: versionLabel(date) },
      { href: paths.version(earlier.date), label: versionLabel(earlier.date) },
      { href: paths.history, label: t('versions.history') },
    ],
    ...(since === undefined && description ? { summary: description } : {}),
    summaries: summaries.map((s) => ({ label: versionLabel(s.date), summary: s.summary })),
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
