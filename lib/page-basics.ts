// What every page of a language takes from its messages: the translator, the site's name and
// feed title for the head, and the publisher for JSON-LD.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Publisher } from './page-metadata';

export async function pageBasics(locale: Locale) {
  const t = await getTranslations({ locale });
  return {
    t,
    site: { siteName: t('site.name'), feedTitle: t('feed.title') },
    publisher: t.raw('publisher') as Publisher,
  };
}
