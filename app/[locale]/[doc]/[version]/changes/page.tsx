// /privacy/2026-12-01/changes/: what a version changed in the one before it, inline, word by word
// in English and character by character in Chinese; sections without changes are folded.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { JsonLd } from '@/components/json-ld';
import { LinkList } from '@/components/link-list';
import { PageShell } from '@/components/page-shell';
import { RedlineSection } from '@/components/redline-section';
import { TableOfContents } from '@/components/table-of-contents';
import { findVersion, resolveDocument, versionParams } from '@/lib/content/document-route';
import { compareOutlines, granularityFor, summarize } from '@/lib/content/redline';
import { loadVersion } from '@/lib/content/versions';
import { formatDate } from '@/lib/dates';
import { pageBasics } from '@/lib/page-basics';
import { pageJsonLd, pageMetadata } from '@/lib/page-metadata';
import { versionPaths } from '@/lib/version-paths';

export const dynamicParams = false;

// Every version but the first has a predecessor to compare with.
export const generateStaticParams = () => versionParams(1);

async function resolve(params: PageProps<'/[locale]/[doc]/[version]/changes'>['params']) {
  const { version: date, ...rest } = await params;
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
  const page = {
    locale: route.locale,
    slug: `${route.slug}/${date}/changes`,
    title: t('versions.redlineTitle', { title: newer.frontmatter.title, date: day(date) }),
    description: newer.frontmatter.changeSummary ?? newer.frontmatter.description,
    ...site,
  };
  const intro = t('versions.redlineIntro', { date: day(date), previous: day(previous.date) });
  return { route, t, page, publisher, date, previous: previous.date, changes, intro, day };
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/[doc]/[version]/changes'>): Promise<Metadata> {
  return pageMetadata((await resolve(params)).page);
}

export default async function ChangesPage({
  params,
}: PageProps<'/[locale]/[doc]/[version]/changes'>) {
  const { route, t, page, publisher, date, previous, changes, intro, day } = await resolve(params);
  setRequestLocale(route.locale);
  const paths = versionPaths(route.locale, route.slug);
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
      <article className="legal-document redline">
        <header className="document-header">
          <h1>{page.title}</h1>
          <p>{intro}</p>
          <LinkList
            className="related-pages"
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
          {page.description && (
            <p>
              <strong>{page.description}</strong>
            </p>
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
        <div className="document-body">
          {changes.map((change) => (
            <RedlineSection key={change.id} change={change} labels={labels} />
          ))}
        </div>
      </article>
    </PageShell>
  );
}
