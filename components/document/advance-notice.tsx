// Opens a document page while a version is announced (published, taking effect later): the day it
// takes effect, the editors' summary, and the way to its text and to what it will change. The page
// itself keeps showing the version in force. For a document whose first version is still ahead,
// it says instead that the text shown is not yet in force.
import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/dates';
import { versionPaths } from '@/lib/versions/version-paths';
import { Notice } from './notice';
import { summaryAfter, type ChangeNoticeProps } from './update-notice';

type Props = ChangeNoticeProps & {
  /** False when no version is in force yet: the page then shows this version itself. */
  replacesInForce: boolean;
};

export async function AdvanceNotice({
  locale,
  slug,
  date,
  effective,
  summary,
  replacesInForce,
}: Props) {
  const t = await getTranslations({ locale, namespace: 'versions' });
  const paths = versionPaths(locale, slug);
  const dates = { date: formatDate(locale, date), effective: formatDate(locale, effective) };
  if (!replacesInForce) {
    return (
      <Notice links={[]}>
        <strong>{t('firstAdvanceNotice', dates)}</strong>
      </Notice>
    );
  }
  return (
    <Notice
      links={[
        { href: paths.version(date), label: t('readAnnounced') },
        { href: paths.changes(date), label: t('announcedChanges') },
      ]}
    >
      <strong>{t('advanceNotice', dates)}</strong>
      {summaryAfter(locale, summary)}
    </Notice>
  );
}
