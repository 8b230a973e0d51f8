// The one document route: every folder in content/ is published here in every language.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LegalDocument } from '@/components/legal-document';
import { PageShell } from '@/components/page-shell';
import { isLocale, locales } from '@/i18n/routing';
import { assertContentPublishable } from '@/lib/content/check';
import { listDocuments, loadDocument } from '@/lib/content/library';

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

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/[doc]'>): Promise<Metadata> {
  const document = await resolve(params);
  const t = await getTranslations({ locale: document.locale, namespace: 'site' });
  return {
    title: `${document.frontmatter.title} | ${t('name')}`,
    description: document.frontmatter.description,
  };
}

export default async function DocumentPage({ params }: PageProps<'/[locale]/[doc]'>) {
  const document = await resolve(params);
  setRequestLocale(document.locale);
  return (
    <PageShell locale={document.locale} path={document.slug}>
      <LegalDocument document={document} />
    </PageShell>
  );
}
