// /privacy/2026-12-01/changes/: what a version changed in the one before it (lib/pages/
// redline-page.ts, drawn by components/versions/redline-page.tsx).
import type { Metadata } from 'next';
import { RedlinePage } from '@/components/versions/redline-page';
import { versionParams } from '@/lib/pages/document-route';
import { pageMetadata } from '@/lib/pages/page-metadata';
import { redlinePage } from '@/lib/pages/redline-page';

export const dynamicParams = false;

// Every version but the first has a predecessor to compare with.
export const generateStaticParams = () => versionParams(1);

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/[doc]/[version]/changes'>): Promise<Metadata> {
  return pageMetadata((await redlinePage(await params)).page);
}

export default async function ChangesPage({
  params,
}: PageProps<'/[locale]/[doc]/[version]/changes'>) {
  return <RedlinePage model={await redlinePage(await params)} />;
}
