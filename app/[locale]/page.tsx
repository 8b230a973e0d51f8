// The hub: every published document in this language, generated from content/, as the version in
// force on the build date has it.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { JsonLd } from '@/components/site/json-ld';
import { DocumentDates } from '@/components/document/document-dates';
import { PageShell } from '@/components/site/page-shell';
import { isLocale, localePath } from '@/i18n/routing';
import { hubPage } from '@/lib/pages/hub-page';
import { statedEffective } from '@/lib/mdx/frontmatter';
import { pageJsonLd, pageMetadata } from '@/lib/pages/page-metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return pageMetadata((await hubPage(locale)).page);
}

export default async function HubPage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const { documents, page, publisher, newest } = await hubPage(locale);
  return (
    <PageShell locale={locale} path="">
      <JsonLd
        data={pageJsonLd({
          ...page,
          type: 'CollectionPage',
          dateModified: newest,
          publisher,
        })}
      />
      <div className="hub">
        <h1>{page.title}</h1>
        <p className="hub__intro">{page.description}</p>
        <ul className="hub__documents">
          {documents.map(({ slug, frontmatter }) => (
            <li key={slug}>
              <h2>
                <a href={localePath(locale, slug)}>{frontmatter.title}</a>
              </h2>
              <p>{frontmatter.description}</p>
              {/* The same labels as the document's own page; its text is not shown here. */}
              <DocumentDates
                locale={locale}
                published={frontmatter.lastUpdated}
                effective={statedEffective(frontmatter)}
              />
            </li>
          ))}
        </ul>
      </div>
    </PageShell>
  );
}
