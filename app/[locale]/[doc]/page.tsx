// The one document route: every folder in content/ is published here in every language.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { JsonLd } from '@/components/json-ld';
import { LegalDocument } from '@/components/legal-document';
import { PageShell } from '@/components/page-shell';
import { isLocale, locales } from '@/i18n/routing';
import { assertContentPublishable } from '@/lib/content/check';
import { listDocuments, loadDocument } from '@/lib/content/library';
import { pageJsonLd, pageMetadata } from '@/lib/page-metadata';

export const dynamicParams = false;

export async function generateStaticParams() {
  // The build stops here, with every problem listed, if any content check fails. The
  // development server skips it so an editor's preview stays fast; pages still show MDX errors.
  if (process.env.NODE_ENV === 'production') await assertContentPublishable();
  const slugs = await listDocuments();
  return locales.flatMap((locale) => slugs.map((doc) => ({ locale, doc })));
}

async function resolve(params: PageProps<'/[locale]/[doc]'>['params']) {
  const { locale, doc } = await params;
  if (!isLocale(locale) || !(await listDocuments()).includes(doc)) notFound();
  return loadDocument(doc, locale);
}

async function describe(document: Awaited<ReturnType<typeof resolve>>) {
  const t = await getTranslations({ locale: document.locale });
  const { title, description } = document.frontmatter;
  return {
    t,
    page: {
      locale: document.locale,
      slug: document.slug,
      title,
      description,
      siteName: t('site.name'),
    },
  };
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/[doc]'>): Promise<Metadata> {
  return pageMetadata((await describe(await resolve(params))).page);
}

export default async function DocumentPage({ params }: PageProps<'/[locale]/[doc]'>) {
  const document = await resolve(params);
  setRequestLocale(document.locale);
  const { t, page } = await describe(document);
  return (
    <PageShell locale={document.locale} path={document.slug}>
      <JsonLd
        data={pageJsonLd({
          ...page,
          type: 'WebPage',
          dateModified: document.frontmatter.lastUpdated,
          publisher: t.raw('publisher'),
        })}
      />
      <LegalDocument document={document} />
    </PageShell>
  );
}
