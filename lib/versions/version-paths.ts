// The addresses of a document's history pages and files, for one language.
import { localePath, type Locale } from '@/i18n/routing';

/** The name of a version's PDF, by the site's convention: privacy-2017-03-09-en.pdf. */
export const pdfName = (slug: string, date: string, locale: Locale) =>
  `${slug}-${date}-${locale}.pdf`;

export const versionPaths = (locale: Locale, slug: string) => ({
  current: localePath(locale, slug),
  history: localePath(locale, `${slug}/history`),
  bilingual: localePath(locale, `${slug}/bilingual`),
  version: (date: string) => localePath(locale, `${slug}/${date}`),
  /** Every version with its dates and checksums, for programs: /privacy/versions.json. */
  json: `${localePath(locale, slug)}versions.json`,
  /** A version's PDF, by the site's convention: /en/privacy/2017-03-09/privacy-2017-03-09-en.pdf. */
  pdf: (date: string) => `${localePath(locale, `${slug}/${date}`)}${pdfName(slug, date, locale)}`,
  /**
   * An earlier publication of a version that the site replaced in place, kept read-only at an
   * address of its own: /privacy/2017-03-09/published/2026-11-29/.
   */
  kept: (date: string, published: string) =>
    localePath(locale, `${slug}/${date}/published/${published}`),
  /** Its PDF: /privacy/2017-03-09/published/2026-11-29/privacy-2017-03-09-published-2026-11-29-zh-CN.pdf. */
  keptPdf: (date: string, published: string) =>
    `${localePath(locale, `${slug}/${date}/published/${published}`)}${slug}-${date}-published-${published}-${locale}.pdf`,
  changes: (date: string) => localePath(locale, `${slug}/${date}/changes`),
  /** The comparison of a version with any earlier one, drawn on request from published data. */
  comparison: (date: string, since: string) =>
    localePath(locale, `${slug}/${date}/changes/${since}`),
  /** Choose any two versions and compare them. */
  compare: localePath(locale, `${slug}/compare`),
});
