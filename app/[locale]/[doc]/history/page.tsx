// /privacy/history/: every version of a document with its date and what changed, the dated
// revisions of its translation made since the version was published, its corrigenda and the
// checksums of its files, and the link to the same list for programs (versions.json).
import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { JsonLd } from '@/components/site/json-ld';
import { PageShell } from '@/components/site/page-shell';
import { VersionHistory } from '@/components/versions/version-history';
import { otherLocale } from '@/i18n/routing';
import { documentParams, resolveDocument } from '@/lib/pages/document-route';
import { versionStatus } from '@/lib/versions/in-force';
import { loadVersion, shownEffective, shownVersion } from '@/lib/versions/versions';
import { versionIntegrity } from '@/lib/versions/version-integrity';
import { pageBasics } from '@/lib/pages/page-basics';
import { pageJsonLd, pageMetadata } from '@/lib/pages/page-metadata';
import { absoluteUrl } from '@/lib/site-config';
import { versionPaths } from '@/lib/versions/version-paths';

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
  const integrity = await Promise.all(route.versions.map((v) => versionIntegrity(route.slug, v)));
  const { t, site, publisher } = await pageBasics(route.locale);
  // Named for the text the document page shows: the version in force.
  const current =
    texts[route.versions.indexOf(shownVersion(route.versions, route.day))]!.frontmatter;
  const entries = route.versions
    .map((v, index) => ({
      date: v.date,
      effective: shownEffective(v),
      status: versionStatus(route.versions, v, route.day),
      summary: texts[index]?.frontmatter.changeSummary,
      first: index === 0,
      translation: {
        locale: translations[index]!.locale,
        revisions: translations[index]!.frontmatter.translationRevisions ?? [],
      },
      integrity: integrity[index]!,
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
  const { route, t, page, current } = await resolve(params);
  const metadata = pageMetadata(page);
  // The same list for programs, announced in the head as feeds are.
  const json = {
    url: absoluteUrl(versionPaths(route.locale, route.slug).json),
    title: t('versions.versionsJsonTitle', { title: current.title }),
  };
  return {
    ...metadata,
    alternates: {
      ...metadata.alternates,
      types: { ...metadata.alternates?.types, 'application/json': [json] },
    },
  };
}

export default async function HistoryPage({ params }: PageProps<'/[locale]/[doc]/history'>) {
  const { route, t, page, publisher, entries } = await resolve(params);
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
          <a href={paths.current}>{t('versions.readCurrent')}</a>
        </p>
        <p>
          <a href={paths.json} type="application/json">
            {t('versions.versionsJson')}
          </a>
        </p>
        <VersionHistory locale={route.locale} slug={route.slug} entries={entries} />
      </div>
    </PageShell>
  );
}
