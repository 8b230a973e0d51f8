// Dates as the documents write them (YYYY-MM-DD, a day in Beijing), formatted for readers and
// compared without a time zone sliding them a day either way.
import type { Locale } from '@/i18n/routing';

const DAY = 24 * 60 * 60 * 1000;

/** "9 March 2017" style, in the reader's language: 2017年3月9日, March 9, 2017. */
export function formatDate(locale: Locale, date: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** Whole days from `from` to `to`, both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** True when `date` is at most `days` days before `today` (and not after it). */
export function isRecent(date: string, today: string, days: number): boolean {
  const age = daysBetween(date, today);
  return age >= 0 && age <= days;
}
