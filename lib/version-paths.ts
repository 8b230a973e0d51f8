// The addresses of a document's history pages, for one language.
import { localePath, type Locale } from '@/i18n/routing';

export const versionPaths = (locale: Locale, slug: string) => ({
  current: localePath(locale, slug),
  history: localePath(locale, `${slug}/history`),
  bilingual: localePath(locale, `${slug}/bilingual`),
  version: (date: string) => localePath(locale, `${slug}/${date}`),
  changes: (date: string) => localePath(locale, `${slug}/${date}/changes`),
});
