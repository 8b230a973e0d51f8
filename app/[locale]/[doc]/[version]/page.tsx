// Every version of every document at its own lasting address, /privacy/2017-03-09/, opening with
// a notice that says whether it is in force, replaced, or announced to take effect later. The
// version in force names the document's page as canonical, so crawlers see each text once.
import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { CorrigendaNotice } from '@/components/versions/corrigenda-notice';
import { JsonLd } from '@/components/site/json-ld';
import { LegalDocument } from '@/components/document/legal-document';
import { PageShell } from '@/components/site/page-shell';
import { VersionNotice } from '@/components/versions/version-notice';
import { findVersion, resolveDocument, versionParams } from '@/lib/pages/document-route';
import { versionInForce, versionPeriod, versionStatus } from '@/lib/versions/in-force';
import { loadVersion, shownEffective, shownVersion } from '@/lib/versions/versions';
import { versionIntegrity } from '@/lib/versions/version-integrity';
import { formatDate } from '@/lib/dates';
import { pageBasics } from '@/lib/pages/page-basics';
import { pageJsonLd, pageMetadata } from '@/lib/pages/page-metadata';

export const dynamicParams = false;

export const generateStaticParams = () => versionParams();

async function resolve(params: PageProps<'/[locale]/[doc]/[version]'>['params']) {
  const { version: date, ...rest } = await params;
  const route = await resolveDocument(rest);
  const { version, previous, next } = findVersion(route, date);
  const status = versionStatus(route.versions, version, route.day);
  const document = await loadVersion(route.slug, version, route.locale);
  const { t, site, publisher } = await pageBasics(route.locale);
  const title = t('versions.versionTitle', {
    title: document.frontmatter.title,
    date: formatDate(route.locale, date),
  });
  const page = {
    locale: route.locale,
    slug: `${route.slug}/${date}`,
    title,
    description: document.frontmatter.description,
    ...site,
    // The text /<doc>/ shows: the version in force (or the first, before any is).
    canonicalSlug: version === shownVersion(route.versions, route.day) ? route.slug : undefined,
  };
  return { route, document, page, publisher, version, status, previous, next };
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/[doc]/[version]'>): Promise<Metadata> {
  return pageMetadata((await resolve(params)).page);
}

export default async function VersionPage({ params }: PageProps<'/[locale]/[doc]/[version]'>) {
  const { route, document, page, publisher, version, status, previous, next } =
    await resolve(params);
  setRequestLocale(route.locale);
  const { corrigenda } = await versionIntegrity(route.slug, version);
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
              inForce={versionInForce(route.versions, route.day)?.date}
              previous={previous?.date}
            />
            <CorrigendaNotice locale={route.locale} corrigenda={corrigenda} />
          </>
        }
      />
    </PageShell>
  );
}
