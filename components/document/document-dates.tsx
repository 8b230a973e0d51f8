// The two dates a reader of a legal text needs (MIIT asks that a policy mark both "发布、生效日期"):
// the day this version was published and the day it takes effect, each machine-readable.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/dates';

type Props = {
  locale: Locale;
  /** The version's lastUpdated. */
  published: string;
  /** Its effective date (the same day when it took effect on publication). */
  effective: string;
};

export async function DocumentDates({ locale, published, effective }: Props) {
  const t = await getTranslations({ locale, namespace: 'document' });
  const line = (key: 'published' | 'effective', date: string) => (
    <span className={`document-dates__${key}`}>
      {t.rich(key, {
        date: formatDate(locale, date),
        time: (chunks) => <time dateTime={date}>{chunks}</time>,
      })}
    </span>
  );
  return (
    <p className="document-dates">
      {line('published', published)} {line('effective', effective)}
    </p>
  );
}
