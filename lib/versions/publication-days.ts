// The days this site published and changed a version's files, as its records say: the day it
// was first published here, and the last day its files changed (a correction, a replacement in
// place). Pure. The feed, the sitemap and the PDFs date a version by these days and no others,
// so no page claims a day the site did not publish or change anything: a text dated by its
// source (the 2017 privacy policy) is first dated by the day the site first published it.
import type { DatedVersion } from '@/lib/versions/in-force';

/** The day the site began publishing a PDF of every version: with the build of 2026-12-01. */
export const PDFS_PUBLISHED_SINCE = '2026-12-01';
/** The day the site began serving each earlier publication at an address of its own. */
export const KEPT_PUBLICATIONS_SERVED_SINCE = '2026-12-07';

export type PublicationDays = {
  /**
   * The day this site first published the version: its date, or for a text dated by its source
   * the first publication its record names; none when no record names one.
   */
  firstPublished: string | undefined;
  /** The last day the site changed the version's files: published, corrected or replaced. */
  lastChanged: string | undefined;
};

type Records = {
  corrigenda: readonly { date: string }[];
  publications: readonly { published: string; replaced: string }[];
  /** For the text in force, the day the site began publishing it as it now is, if recorded. */
  current?: string;
};

const latest = (days: readonly (string | undefined)[]) =>
  days
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);

export function publicationDays(version: DatedVersion, records: Records): PublicationDays {
  const current = records.current === undefined ? [] : [records.current];
  const firstPublished =
    version.dateSource === 'source'
      ? [...records.publications.map((p) => p.published), ...current].sort()[0]
      : version.date;
  const lastChanged = latest([
    firstPublished,
    ...current,
    ...records.corrigenda.map((c) => c.date),
    ...records.publications.map((p) => p.replaced),
  ]);
  return { firstPublished, lastChanged };
}

/**
 * The days of the PDF of an earlier publication, labelled replaced: first published when its
 * page was (on its replacement, and never before the site began serving them), unchanged since.
 */
export function keptPdfDays(replaced: string): { created: string; modified: string } {
  const day = replaced > KEPT_PUBLICATIONS_SERVED_SINCE ? replaced : KEPT_PUBLICATIONS_SERVED_SINCE;
  return { created: day, modified: day };
}

/**
 * The creation and modification days of a version's PDF: the first day the site published a PDF
 * of it, and the last day its text changed (never before the first). None when no record says
 * when the site first published the version.
 */
export function pdfDays(days: PublicationDays): { created: string; modified: string } | undefined {
  const since = days.firstPublished ?? days.lastChanged;
  if (since === undefined) return undefined;
  const created = since > PDFS_PUBLISHED_SINCE ? since : PDFS_PUBLISHED_SINCE;
  const changed = days.lastChanged ?? created;
  return { created, modified: changed > created ? changed : created };
}
