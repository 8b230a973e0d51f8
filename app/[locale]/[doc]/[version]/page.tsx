// Every version of every document at its own lasting address, /privacy/2017-03-09/, opening with
// a notice that says whether it is in force, replaced, or announced to take effect later. The
// version in force names the document's page as canonical, so crawlers see each text once.
import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { CorrigendaNotice } from '@/components/versions/corrigenda-notice';
import { EarlierPublicationsNotice } from '@/components/versions/earlier-publications-notice';
import { JsonLd } from '@/components/site/json-ld';
import { LegalDocument } from '@/components/document/legal-document';
import { PageShell } from '@/components/site/page-shell';
import { VersionNotice } from '@/components/versions/version-notice';
import { versionParams } from '@/lib/pages/document-route';
import { pageJsonLd, pageMetadata } from '@/lib/pages/page-metadata';
import { versionPage } from '@/lib/pages/version-page';
import { shownEffective, versionPeriod } from '@/lib/versions/in-force';

export const dynamicParams = false;

export const generateStaticParams = () => versionParams();

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/[doc]/[version]'>): Promise<Metadata> {
  return pageMetadata((await versionPage(await params)).page);
}

export default async function VersionPage({ params }: PageProps<'/[locale]/[doc]/[version]'>) {
  const {
    route,
    document,
    page,
    publisher,
    version,
    status,
    previous,
    next,
    inForce,
    corrigenda,
    publications,
  } = await versionPage(await params);
  setRequestLocale(route.locale);
  return (
    <PageShell locale={route.locale} path={page.slug}>
      <JsonLd
        data={pageJsonLd({
          ...page,
          type: 'WebPage',
          dateModified: version.date,
          version: versionPeriod(route.versions, version),
          publisher,
        })}
      />
      <LegalDocument
        document={document}
        version={version.date}
        notice={
          <>
            <VersionNotice
              locale={route.locale}
              slug={route.slug}
              date={version.date}
              effective={shownEffective(version)}
              status={status}
              next={next?.date}
              inForce={inForce?.date}
              previous={previous?.date}
            />
            <CorrigendaNotice locale={route.locale} corrigenda={corrigenda} />
            <EarlierPublicationsNotice
              locale={route.locale}
              slug={route.slug}
              date={version.date}
              publications={publications}
            />
          </>
        }
      />
    </PageShell>
  );
}
