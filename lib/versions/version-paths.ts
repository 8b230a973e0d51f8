// The addresses of a document's history pages and files, for one language.
import { localePath, type Locale } from '@/i18n/routing';

export const versionPaths = (locale: Locale, slug: string) => ({
  current: localePath(locale, slug),
  history: localePath(locale, `${slug}/history`),
  bilingual: localePath(locale, `${slug}/bilingual`),
  version: (date: string) => localePath(locale, `${slug}/${date}`),
  /** Every version with its dates and checksums, for programs: /privacy/versions.json. */
  json: `${localePath(locale, slug)}versions.json`,
  /** A version's PDF, by the site's convention: /en/privacy/2017-03-09/privacy-2017-03-09-en.pdf. */
  pdf: (date: string) => `${localePath(locale, `${slug}/${date}`)}${slug}-${date}-${locale}.pdf`,
  changes: (date: string) => localePath(locale, `${slug}/${date}/changes`),
  /** The comparison of a version with an earlier one: its changes page for the one before it. */
  comparison: (date: string, since: string, previous: string | undefined) =>
    localePath(locale, `${slug}/${date}/changes${since === previous ? '' : `/${since}`}`),
});
