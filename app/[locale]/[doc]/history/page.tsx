// /privacy/history/: every version of a document with its date and what changed, the dated
// revisions of its translation made since the version was published, its corrigenda and the
// checksums of its files, the link to the same list for programs (versions.json), and a form
// that compares any two versions (plain HTML: both servers answer it with a redirect).
import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { JsonLd } from '@/components/site/json-ld';
import { PageShell } from '@/components/site/page-shell';
import { VersionChooser } from '@/components/versions/version-chooser';
import { VersionHistory } from '@/components/versions/version-history';
import { formatDate } from '@/lib/dates';
import { documentParams } from '@/lib/pages/document-route';
import { historyPage } from '@/lib/pages/history-page';
import { pageJsonLd, pageMetadata } from '@/lib/pages/page-metadata';
import { versionPaths } from '@/lib/versions/version-paths';
import { shownVersion } from '@/lib/versions/versions';

export const dynamicParams = false;
export const generateStaticParams = documentParams;

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/[doc]/history'>): Promise<Metadata> {
  const { page, versionsJson } = await historyPage(await params);
  const metadata = pageMetadata(page);
  // The same list for programs, announced in the head as feeds are.
  return {
    ...metadata,
    alternates: {
      ...metadata.alternates,
      types: { ...metadata.alternates?.types, 'application/json': [versionsJson] },
    },
  };
}

export default async function HistoryPage({ params }: PageProps<'/[locale]/[doc]/history'>) {
  const { route, t, page, publisher, entries } = await historyPage(await params);
  setRequestLocale(route.locale);
  const paths = versionPaths(route.locale, route.slug);
  return (
    <PageShell locale={route.locale} path={page.slug}>
      <JsonLd
        data={pageJsonLd({
          ...page,
          type: 'CollectionPage',
          // The list changes when a version is published, announced or not.
          dateModified: route.versions.at(-1)!.date,
          publisher,
        })}
      />
      <div className="hub">
        <h1>{page.title}</h1>
        <p className="hub__intro">{page.description}</p>
        <p>
          <a href={paths.current}>
            {/* A text dated by its source is the current version, not one said to be in force. */}
            {t(
              shownVersion(route.versions, route.day).dateSource === 'source'
                ? 'versions.readCurrentStated'
                : 'versions.readCurrent',
            )}
          </a>
        </p>
        <p>
          <a href={paths.json} type="application/json">
            {t('versions.versionsJson')}
          </a>
        </p>
        {route.versions.length > 1 && (
          <section className="hub__compare" aria-labelledby="compare-choose">
            <h2 id="compare-choose">{t('versions.compareAny')}</h2>
            <VersionChooser
              locale={route.locale}
              slug={route.slug}
              versions={route.versions.map((v) => ({
                date: v.date,
                day: formatDate(route.locale, v.date),
              }))}
            />
          </section>
        )}
        <VersionHistory locale={route.locale} slug={route.slug} entries={entries} />
      </div>
    </PageShell>
  );
}
