// next-intl's per-request configuration: the locale comes from the [locale] segment.
import { getRequestConfig } from 'next-intl/server';
import { defaultLocale, isLocale } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : defaultLocale;
  return {
    locale,
    // Dates in documents are calendar days, not instants: format them in UTC so no
    // reader's time zone can move "2017-03-09" to another day.
    timeZone: 'UTC',
    messages: (await import(`../locales/${locale}.json`)).default,
  };
});
