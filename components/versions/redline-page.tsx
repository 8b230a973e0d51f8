// The redline of one version against an earlier one: what changed, inline, word by word in
// English and character by character in Chinese, with sections without changes folded. Shared by
// /privacy/<date>/changes/ (against the version before) and /privacy/<date>/changes/<since>/
// (against any earlier version).
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { JsonLd } from '@/components/site/json-ld';
import { LinkList } from '@/components/site/link-list';
import { PageShell } from '@/components/site/page-shell';
import { RedlineSection } from '@/components/versions/redline-section';
import { TableOfContents } from '@/components/document/table-of-contents';
import { findVersion, resolveDocument } from '@/lib/pages/document-route';
import { compareOutlines, granularityFor, summarize } from '@/lib/versions/redline';
import { loadVersion } from '@/lib/versions/versions';
import { formatDate } from '@/lib/dates';
import { pageBasics } from '@/lib/pages/page-basics';
import { pageJsonLd } from '@/lib/pages/page-metadata';
import { versionPaths } from '@/lib/versions/version-paths';

export type RedlineParams = { locale: string; doc: string; version: string; since?: string };

/**
 * The two versions and their comparison. Without `since`, the version before; with it, an
 * earlier version that is not the one before (that pair has its own page): 404 otherwise.
 */
export async function redlineData({ version: date, since, ...rest }: RedlineParams) {
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
  return {
    route,
    t,
    page: { ...page, description },
    publisher,
    date,
    previous: earlier.date,
    changes,
    intro,
    day,
    paths,
    summaries,
  };
}

export async function RedlinePage({ params }: { params: RedlineParams }) {
  const { route, t, page, publisher, date, previous, changes, intro, day, paths, summaries } =
    await redlineData(params);
  const colon = route.locale === 'en' ? ': ' : '：';
  setRequestLocale(route.locale);
  const changed = changes.filter((c) => c.status !== 'unchanged');
  const labels = {
    introduction: t('versions.introduction'),
    added: t('versions.sectionAdded'),
    removed: t('versions.sectionRemoved'),
    unchanged: t('versions.unchanged'),
    show: t('versions.showUnchanged'),
  };
  return (
    <PageShell locale={route.locale} path={page.slug}>
      <JsonLd data={pageJsonLd({ ...page, type: 'WebPage', dateModified: date, publisher })} />
      <article className="legal-document redline-page">
        <header className="legal-document__header">
          <h1>{page.title}</h1>
          <p>{intro}</p>
          <LinkList
            className="legal-document__related"
            row
            links={[
              {
                href: paths.version(date),
                label: t('versions.versionOf', { date: day(date) }),
              },
              {
                href: paths.version(previous),
                label: t('versions.versionOf', { date: day(previous) }),
              },
              { href: paths.history, label: t('versions.history') },
            ]}
          />
        </header>
        <div className="notice">
          {summaries.length === 0 && page.description && (
            <p>
              <strong>{page.description}</strong>
            </p>
          )}
          {summaries.length > 0 && (
            <ul className="redline-page__summaries">
              {summaries.map(({ date: d, summary }) => (
                <li key={d}>
                  <strong>{t('versions.versionOf', { date: day(d) })}</strong>
                  {summary && `${colon}${summary}`}
                </li>
              ))}
            </ul>
          )}
          <p>
            {t.rich('versions.redlineLegend', {
              ins: (chunks) => <ins>{chunks}</ins>,
              del: (chunks) => <del>{chunks}</del>,
            })}
          </p>
          <p>{t('versions.redlineCounts', summarize(changes))}</p>
        </div>
        <TableOfContents
          title={t('versions.changedSections')}
          entries={changed.map((c) => ({
            id: c.id || 'introduction',
            title: c.title || labels.introduction,
            level: 2,
            line: 0,
          }))}
        />
        <div className="legal-document__body">
          {changes.map((change) => (
            <RedlineSection key={change.id} change={change} labels={labels} />
          ))}
        </div>
      </article>
    </PageShell>
  );
}
