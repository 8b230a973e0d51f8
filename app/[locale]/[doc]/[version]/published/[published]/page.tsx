// /privacy/2017-03-09/published/2026-11-29/: a version's text as the site published it before
// replacing it in place (lib/pages/kept-page.ts), read-only at a lasting address, with a notice
// of when it was published and replaced, its checksums and its PDF. Kept out of the sitemap and
// of search results.
import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { JsonLd } from '@/components/site/json-ld';
import { KeptDates } from '@/components/versions/kept-dates';
import { KeptNotice } from '@/components/versions/kept-notice';
import { LegalDocument } from '@/components/document/legal-document';
import { PageShell } from '@/components/site/page-shell';
import { keptPage, keptParams } from '@/lib/pages/kept-page';
import { pageJsonLd, pageMetadata } from '@/lib/pages/page-metadata';
import { versionPaths } from '@/lib/versions/version-paths';

export const dynamicParams = false;
export const generateStaticParams = keptParams;

type Params = PageProps<'/[locale]/[doc]/[version]/published/[published]'>;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return pageMetadata((await keptPage(await params)).page);
}

export default async function KeptPage({ params }: Params) {
  const { route, document, page, publisher, version, publication } = await keptPage(await params);
  setRequestLocale(route.locale);
  const prevailing = versionPaths(document.frontmatter.prevailingLanguage, route.slug);
  return (
    <PageShell locale={route.locale} path={page.slug}>
      <JsonLd
        data={pageJsonLd({
          ...page,
          type: 'WebPage',
          dateModified: publication.published,
          publisher,
        })}
      />
      <LegalDocument
        document={document}
        version={version.date}
        kept={{
          pdfHref: versionPaths(route.locale, route.slug).keptPdf(
            version.date,
            publication.published,
          ),
          prevailingHref: prevailing.kept(version.date, publication.published),
          dates: (
            <KeptDates
              locale={route.locale}
              published={publication.published}
              replaced={publication.replaced}
            />
          ),
        }}
        notice={
          <KeptNotice
            locale={route.locale}
            slug={route.slug}
            date={version.date}
            publication={publication}
          />
        }
      />
    </PageShell>
  );
}
