// The two dates a reader of a legal text needs (MIIT asks that a policy mark both "发布、生效日期"):
// the day this version was published and the day it takes effect, each machine-readable. A text
// that states only when it was last updated (the 2017 privacy policy) gets that date alone, said
// to be the text's own: the site claims no publication or effective date that no source gives.
// Above the text itself, which prints its own date line, it says only where the date is, so the
// date is printed once.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/dates';

type Props = {
  locale: Locale;
  /** The version's lastUpdated. */
  published: string;
  /**
   * Its effective date (the same day when it took effect on publication); none when the date is
   * the one the text itself states (dateSource: source).
   */
  effective: string | undefined;
  /** The text follows on the page: a date the text states is then left to the text. */
  withText?: boolean;
};

export async function DocumentDates({ locale, published, effective, withText = false }: Props) {
  const t = await getTranslations({ locale, namespace: 'document' });
  const line = (key: 'published' | 'effective' | 'statedLastUpdated', date: string) => (
    <span className={`document-dates__${key}`}>
      {t.rich(key, {
        date: formatDate(locale, date),
        time: (chunks) => <time dateTime={date}>{chunks}</time>,
      })}
    </span>
  );
  return (
    <p className="document-dates">
      {effective === undefined && withText ? (
        <span className="document-dates__statedInText">{t('statedInText')}</span>
      ) : effective === undefined ? (
        line('statedLastUpdated', published)
      ) : (
        <>
          {line('published', published)} {line('effective', effective)}
        </>
      )}
    </p>
  );
}
