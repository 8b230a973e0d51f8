// Opens a version's own page: which version this is, whether it is in force, and the way to the
// version in force, the history and the changes this version made.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/dates';
import { versionPaths } from '@/lib/version-paths';
import { Notice } from './notice';

type Props = {
  locale: Locale;
  slug: string;
  date: string;
  /** The version that replaced this one; none when this one is in force. */
  next?: string;
  /** The version this one replaced; none for the first. */
  previous?: string;
};

export async function VersionNotice({ locale, slug, date, next, previous }: Props) {
  const t = await getTranslations({ locale, namespace: 'versions' });
  const paths = versionPaths(locale, slug);
  const day = (d: string) => formatDate(locale, d);
  const links = [
    ...(next ? [{ href: paths.current, label: t('readCurrent') }] : []),
    ...(previous ? [{ href: paths.changes(date), label: t('changes') }] : []),
    { href: paths.history, label: t('history') },
  ];
  return (
    <Notice links={links}>
      {next
        ? t('archivedNotice', { date: day(date), next: day(next) })
        : t('currentNotice', { date: day(date) })}
    </Notice>
  );
}
