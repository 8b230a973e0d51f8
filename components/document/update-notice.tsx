// Opens a document whose new version took effect recently: the day it took effect, the editors'
// summary of the change, and the way to the page that shows the change word by word (the history
// is linked beside the dates).
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/dates';
import { versionPaths } from '@/lib/versions/version-paths';
import { Notice } from './notice';

/** What a notice of a version's change needs; the advance notice shares it. */
export type ChangeNoticeProps = {
  locale: Locale;
  slug: string;
  /** The version's publication date, which names its page and its changes page. */
  date: string;
  /** The day it takes (or took) effect. */
  effective: string;
  /** The editors' summary of the change. */
  summary?: string;
};

/** The summary after the notice's sentence: Chinese sentences follow one another without a space. */
export const summaryAfter = (locale: Locale, summary?: string) =>
  summary && (locale === 'en' ? ` ${summary}` : summary);

export async function UpdateNotice({ locale, slug, date, effective, summary }: ChangeNoticeProps) {
  const t = await getTranslations({ locale, namespace: 'versions' });
  const paths = versionPaths(locale, slug);
  return (
    <Notice links={[{ href: paths.changes(date), label: t('changes') }]}>
      <strong>{t('updateNotice', { date: formatDate(locale, effective) })}</strong>
      {summaryAfter(locale, summary)}
    </Notice>
  );
}
