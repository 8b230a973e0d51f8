// "Last updated" line with a machine-readable date, formatted in the reader's language.
import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

type Props = { locale: Locale; date: string };

export async function LastUpdated({ locale, date }: Props) {
  const t = await getTranslations({ locale, namespace: 'document' });
  const format = await getFormatter({ locale });
  const text = format.dateTime(new Date(`${date}T00:00:00Z`), {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
  return (
    <p className="last-updated">
      {t.rich('lastUpdated', {
        date: text,
        time: (chunks) => <time dateTime={date}>{chunks}</time>,
      })}
    </p>
  );
}
