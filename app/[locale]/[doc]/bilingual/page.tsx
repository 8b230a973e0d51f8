// /privacy/bilingual/: the Chinese and English texts in force, side by side, section by section,
// with the language that prevails if they differ and, in the other text's language, the note that
// it is a translation for reference (and when it was revised).
import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { BilingualDocument } from '@/components/versions/bilingual-document';
import { DocumentFrame } from '@/components/document/document-frame';
import { JsonLd } from '@/components/site/json-ld';
import { PageShell } from '@/components/site/page-shell';
import { TranslationNotice } from '@/components/document/translation-notice';
import { bilingualPage } from '@/lib/pages/bilingual-page';
import { documentParams } from '@/lib/pages/document-route';
import { pageJsonLd, pageMetadata } from '@/lib/pages/page-metadata';
import { versionPaths } from '@/lib/versions/version-paths';

export const dynamicParams = false;
export const generateStaticParams = documentParams;

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/[doc]/bilingual'>): Promise<Metadata> {
  return pageMetadata((await bilingualPage(await params)).page);
}

export default async function BilingualPage({ params }: PageProps<'/[locale]/[doc]/bilingual'>) {
  const { route, t, page, publisher, documents, lastUpdated, effective, prevailing } =
    await bilingualPage(await params);
  setRequestLocale(route.locale);
  const [own, other] = documents;
  const paths = versionPaths(route.locale, route.slug);
  return (
    <PageShell locale={route.locale} path={page.slug}>
      <JsonLd
        data={pageJsonLd({ ...page, type: 'WebPage', dateModified: lastUpdated, publisher })}
      />
      <DocumentFrame
        locale={route.locale}
        variant="legal-document--bilingual"
        title={
          <>
            {page.title}
            <span className="legal-document__other-title" lang={other.locale}>
              {other.frontmatter.title}
            </span>
          </>
        }
        published={lastUpdated}
        effective={effective}
        related={[
          { href: paths.current, label: own.frontmatter.title },
          { href: paths.history, label: t('versions.history') },
        ]}
        notices={documents.map((document) =>
          document.locale === prevailing.locale ? (
            <p key={document.locale} className="notice notice--prevailing" lang={document.locale}>
              {prevailing.text}
            </p>
          ) : (
            <TranslationNotice
              key={document.locale}
              locale={document.locale}
              slug={route.slug}
              frontmatter={document.frontmatter}
              linkPrevailing={false}
            />
          ),
        )}
        contents={{ entries: own.toc, title: t('document.contents') }}
      >
        <BilingualDocument documents={documents} />
      </DocumentFrame>
    </PageShell>
  );
}
