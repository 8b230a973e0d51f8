// Opens a version's own page: which version this is, whether it is in force, replaced, or
// announced (published, taking effect later), and the way to the version in force, the history
// and the changes this version made.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { VersionStatus } from '@/lib/versions/in-force';
import { formatDate } from '@/lib/dates';
import { versionPaths } from '@/lib/versions/version-paths';
import { Notice } from '../document/notice';

type Props = {
  locale: Locale;
  slug: string;
  date: string;
  /** The day this version takes (or took) effect; none when its date is the text's own. */
  effective: string | undefined;
  status: VersionStatus;
  /** The version published after this one; for a replaced version, the one that replaced it. */
  next?: string;
  /** The version in force on the build date, if any. */
  inForce?: string;
  /** The version this one replaced; none for the first. */
  previous?: string;
};

export async function VersionNotice({
  locale,
  slug,
  date,
  effective,
  status,
  next,
  inForce,
  previous,
}: Props) {
  const t = await getTranslations({ locale, namespace: 'versions' });
  const paths = versionPaths(locale, slug);
  const day = (d: string) => formatDate(locale, d);
  const links = [
    ...(status !== 'in-force' && inForce ? [{ href: paths.current, label: t('readCurrent') }] : []),
    ...(previous
      ? [
          {
            href: paths.changes(date),
            label: t(status === 'announced' ? 'announcedChanges' : 'changes'),
          },
        ]
      : []),
    { href: paths.history, label: t('history') },
  ];
  const text = {
    // A text dated by its source is the version published here, not one said to be in force.
    'in-force': () => t(effective ? 'currentNotice' : 'currentNoticeStated', { date: day(date) }),
    superseded: () => t('archivedNotice', { date: day(date), next: day(next ?? date) }),
    announced: () =>
      inForce
        ? t('announcedNotice', {
            date: day(date),
            effective: day(effective ?? date),
            current: day(inForce),
          })
        : t('firstAnnouncedNotice', { date: day(date), effective: day(effective ?? date) }),
  }[status];
  return <Notice links={links}>{text()}</Notice>;
}
