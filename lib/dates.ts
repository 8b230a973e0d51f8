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

/** Today's date in Beijing, where the documents are dated, as YYYY-MM-DD. */
export function todayInBeijing(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/**
 * The day a build is made for: BUILD_DATE (YYYY-MM-DD) when set, so a test or a rebuild of a past
 * release can name it, else today in Beijing. Which version is in force depends on it.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  const given = env.BUILD_DATE;
  if (given === undefined || given === '') return todayInBeijing();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || Number.isNaN(Date.parse(`${given}T00:00:00Z`))) {
    throw new Error(`BUILD_DATE=${given} is not a date: write it as YYYY-MM-DD, or unset it`);
  }
  return given;
}
