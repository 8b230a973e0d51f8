// Opens a document that changed recently: the date, the editors' summary of the change, and the
// way to the page that shows the change word by word (the history is linked beside the date).
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/dates';
import { versionPaths } from '@/lib/version-paths';
import { Notice } from './notice';

type Props = { locale: Locale; slug: string; date: string; summary?: string };

export async function UpdateNotice({ locale, slug, date, summary }: Props) {
  const t = await getTranslations({ locale, namespace: 'versions' });
  const paths = versionPaths(locale, slug);
  return (
    <Notice links={[{ href: paths.changes(date), label: t('changes') }]}>
      <strong>{t('updateNotice', { date: formatDate(locale, date) })}</strong>
      {/* Chinese sentences follow one another without a space. */}
      {summary && (locale === 'en' ? ` ${summary}` : summary)}
    </Notice>
  );
}
