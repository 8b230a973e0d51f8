// /privacy/compare/: choose any two versions of a document and compare them; also the frame of
// every comparison, /privacy/<version>/changes/<since>/, which the site's server fills in and
// the static export's script draws (components/versions/compare-page.tsx).
import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { ComparePage } from '@/components/versions/compare-page';
import { comparePage } from '@/lib/pages/compare-page';
import { comparableParams } from '@/lib/pages/document-route';
import { pageMetadata } from '@/lib/pages/page-metadata';

export const dynamicParams = false;
export const generateStaticParams = comparableParams;

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/[doc]/compare'>): Promise<Metadata> {
  return pageMetadata((await comparePage(await params)).page);
}

export default async function Compare({ params }: PageProps<'/[locale]/[doc]/compare'>) {
  const model = await comparePage(await params);
  setRequestLocale(model.route.locale);
  return <ComparePage model={model} />;
}
