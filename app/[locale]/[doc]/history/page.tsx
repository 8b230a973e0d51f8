// /privacy/history/: every version of a document with its date and what changed, and the dated
// revisions of its translation made since the version was published.
import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { JsonLd } from '@/components/json-ld';
import { PageShell } from '@/components/page-shell';
import { VersionHistory } from '@/components/version-history';
import { otherLocale } from '@/i18n/routing';
import { documentParams, resolveDocument } from '@/lib/content/document-route';
import { loadVersion } from '@/lib/content/versions';
import { pageBasics } from '@/lib/page-basics';
import { pageJsonLd, pageMetadata } from '@/lib/page-metadata';
import { versionPaths } from '@/lib/version-paths';

export const dynamicParams = false;
export const generateStaticParams = documentParams;

async function resolve(params: PageProps<'/[locale]/[doc]/history'>['params']) {
  const route = await resolveDocument(await params);
  const texts = await Promise.all(
    route.versions.map((v) => loadVersion(route.slug, v, route.locale)),
  );
  // The text of each version that does not prevail: its revisions are listed with the version.
  const translations = await Promise.all(
    route.versions.map((v, index) => {
      const own = texts[index]!;
      return own.frontmatter.prevailingLanguage === route.locale
        ? loadVersion(route.slug, v, otherLocale(route.locale))
        : own;
    }),
  );
  const { t, site, publisher } = await pageBasics(route.locale);
  const current = texts.at(-1)!.frontmatter;
  const entries = route.versions
    .map((v, index) => ({
      date: v.date,
      inForce: !v.archived,
      summary: texts[index]?.frontmatter.changeSummary,
      first: index === 0,
      translation: {
        locale: translations[index]!.locale,
        revisions: translations[index]!.frontmatter.translationRevisions ?? [],
      },
    }))
    .reverse();
  const page = {
    locale: route.locale,
    slug: `${route.slug}/history`,
    title: t('versions.historyTitle', { title: current.title }),
    description: t('versions.historyIntro'),
    ...site,
  };
  return { route, t, page, publisher, entries, current };
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/[doc]/history'>): Promise<Metadata> {
  return pageMetadata((await resolve(params)).page);
}

export default async function HistoryPage({ params }: PageProps<'/[locale]/[doc]/history'>) {
  const { route, t, page, publisher, entries, current } = await resolve(params);
  setRequestLocale(route.locale);
  const paths = versionPaths(route.locale, route.slug);
  return (
    <PageShell locale={route.locale} path={page.slug}>
      <JsonLd
        data={pageJsonLd({
          ...page,
          type: 'CollectionPage',
          dateModified: current.lastUpdated,
          publisher,
        })}
      />
      <div className="hub">
        <h1>{page.title}</h1>
        <p className="hub__intro">{page.description}</p>
        <p>
          <a href={paths.current}>{t('versions.readCurrent')}</a>
        </p>
        <VersionHistory locale={route.locale} slug={route.slug} entries={entries} />
      </div>
    </PageShell>
  );
}
