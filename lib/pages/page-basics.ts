// What every page of a language takes from its messages: the translator, the site's name and
// feed title for the head, and the publisher for JSON-LD.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Publisher } from '@/lib/pages/page-metadata';

export async function pageBasics(locale: Locale) {
  const t = await getTranslations({ locale });
  // Field by field rather than t.raw('publisher'), whose value is untyped: each key is checked
  // against locales/en.json, and a field added to Publisher fails tsc until it is written here.
  const publisher: Publisher = {
    name: t('publisher.name'),
    streetAddress: t('publisher.streetAddress'),
    addressLocality: t('publisher.addressLocality'),
    postalCode: t('publisher.postalCode'),
    addressCountry: t('publisher.addressCountry'),
  };
  return { t, site: { siteName: t('site.name'), feedTitle: t('feed.title') }, publisher };
}

/** The translator, site names and publisher of a language's pages. */
export type PageBasics = Awaited<ReturnType<typeof pageBasics>>;
