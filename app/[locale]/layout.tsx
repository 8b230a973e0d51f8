// The root layout, one per language: sets <html lang> and the shared styles.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { isLocale, locales } from '@/i18n/routing';
import { layoutMetadata } from '@/lib/pages/page-metadata';
import '../globals.css';
import { SiteScript } from '@/components/site/site-script';

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'site' });
  return layoutMetadata(t('name'));
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      <head>
        {/* The site's only script (a progressive enhancement; plain HTML works without it). */}
        <SiteScript blocking />
      </head>
      <body>{children}</body>
    </html>
  );
}
