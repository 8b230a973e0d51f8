// /feed.xml and /en/feed.xml: an Atom entry for every version of every document, newest first
// (lib/pages/feed.ts), so readers and services can follow changes to the legal texts.
// Prerendered like the pages.
import { notFound } from 'next/navigation';
import { isLocale, locales } from '@/i18n/routing';
import { atomFeed } from '@/lib/pages/atom';
import { feed } from '@/lib/pages/feed';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/feed.xml'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return new Response(atomFeed(await feed(locale)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
