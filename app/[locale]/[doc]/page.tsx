// The one document route: every folder in content/ is published here in every language.
import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { JsonLd } from '@/components/json-ld';
import { LegalDocument } from '@/components/legal-document';
import { PageShell } from '@/components/page-shell';
import { UpdateNotice } from '@/components/update-notice';
import { documentParams, resolveDocument } from '@/lib/content/document-route';
import { loadDocument } from '@/lib/content/library';
import { buildDate, isRecent } from '@/lib/dates';
import { pageBasics } from '@/lib/page-basics';
import { pageJsonLd, pageMetadata } from '@/lib/page-metadata';
import { updateNoticeDays } from '@/lib/site-config';
import { versionPaths } from '@/lib/version-paths';

export const dynamicParams = false;
export const generateStaticParams = documentParams;

async function resolve(params: PageProps<'/[locale]/[doc]'>['params']) {
  const route = await resolveDocument(await params);
  const document = await loadDocument(route.slug, route.locale);
  const { t, site, publisher } = await pageBasics(route.locale);
  const { title, description } = document.frontmatter;
  const page = { locale: route.locale, slug: route.slug, title, description, ...site };
  return { route, document, t, page, publisher };
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/[doc]'>): Promise<Metadata> {
  return pageMetadata((await resolve(params)).page);
}

export default async function DocumentPage({ params }: PageProps<'/[locale]/[doc]'>) {
  const { route, document, t, page, publisher } = await resolve(params);
  setRequestLocale(route.locale);
  const { lastUpdated, changeSummary } = document.frontmatter;
  const paths = versionPaths(route.locale, route.slug);
  // A change is announced while it is recent, and only when there is an earlier text to compare.
  const announce =
    route.versions.length > 1 && isRecent(lastUpdated, buildDate(), updateNoticeDays);
  return (
    <PageShell locale={route.locale} path={route.slug}>
      <JsonLd
        data={pageJsonLd({ ...page, type: 'WebPage', dateModified: lastUpdated, publisher })}
      />
      <LegalDocument
        document={document}
        related={[
          { href: paths.history, label: t('versions.history') },
          { href: paths.bilingual, label: t('versions.bilingual') },
        ]}
        notice={
          announce && (
            <UpdateNotice
              locale={route.locale}
              slug={route.slug}
              date={lastUpdated}
              summary={changeSummary}
            />
          )
        }
      />
    </PageShell>
  );
}
