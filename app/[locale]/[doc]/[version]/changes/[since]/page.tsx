// /privacy/2026-12-01/changes/2024-01-15/: what changed between a version and any earlier one
// but the one before it (that pair is /privacy/2026-12-01/changes/). A document with n versions
// has (n-1)(n-2)/2 of these pages per language; the history page links to every one.
import type { Metadata } from 'next';
import { RedlinePage } from '@/components/versions/redline-page';
import { comparisonParams } from '@/lib/pages/document-route';
import { pageMetadata } from '@/lib/pages/page-metadata';
import { redlinePage } from '@/lib/pages/redline-page';

export const dynamicParams = false;
export const generateStaticParams = comparisonParams;

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/[doc]/[version]/changes/[since]'>): Promise<Metadata> {
  return pageMetadata((await redlinePage(await params)).page);
}

export default async function ComparisonPage({
  params,
}: PageProps<'/[locale]/[doc]/[version]/changes/[since]'>) {
  return <RedlinePage model={await redlinePage(await params)} />;
}
