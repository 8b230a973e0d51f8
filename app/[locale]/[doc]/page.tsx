// A document's page, /privacy/: every folder in content/ is published here in every language.
// It shows the version in force on the build date (lib/versions/in-force.ts), opening with a
// notice while a later version is announced, or for a while after a new one took effect.
import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { AdvanceNotice } from '@/components/document/advance-notice';
import { JsonLd } from '@/components/site/json-ld';
import { LegalDocument } from '@/components/document/legal-document';
import { PageShell } from '@/components/site/page-shell';
import { UpdateNotice } from '@/components/document/update-notice';
import { EarlierPublicationsNotice } from '@/components/versions/earlier-publications-notice';
import { documentPage } from '@/lib/pages/document-page';
import { documentParams } from '@/lib/pages/document-route';
import { pageJsonLd, pageMetadata } from '@/lib/pages/page-metadata';
import { versionPeriod } from '@/lib/versions/in-force';

export const dynamicParams = false;
export const generateStaticParams = documentParams;

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/[doc]'>): Promise<Metadata> {
  return pageMetadata((await documentPage(await params)).page);
}

export default async function DocumentPage({ params }: PageProps<'/[locale]/[doc]'>) {
  const {
    route,
    shown,
    document,
    t,
    page,
    publisher,
    paths,
    inForce,
    announced,
    recent,
    publications,
  } = await documentPage(await params);
  setRequestLocale(route.locale);
  return (
    <PageShell locale={route.locale} path={route.slug}>
      <JsonLd
        data={pageJsonLd({
          ...page,
          type: 'WebPage',
          dateModified: shown.date,
          version: versionPeriod(route.versions, shown),
          publisher,
        })}
      />
      <LegalDocument
        document={document}
        related={[
          { href: paths.history, label: t('versions.history') },
          { href: paths.bilingual, label: t('versions.bilingual') },
        ]}
        notice={
          <>
            {announced && (
              <AdvanceNotice
                locale={route.locale}
                slug={route.slug}
                date={announced.version.date}
                effective={announced.version.effective}
                summary={announced.frontmatter.changeSummary}
                replacesInForce={inForce !== undefined}
              />
            )}
            {recent && (
              <UpdateNotice
                locale={route.locale}
                slug={route.slug}
                date={recent.date}
                effective={recent.effective}
                summary={document.frontmatter.changeSummary}
              />
            )}
            <EarlierPublicationsNotice
              locale={route.locale}
              slug={route.slug}
              date={shown.date}
              publications={publications}
            />
          </>
        }
      />
    </PageShell>
  );
}
