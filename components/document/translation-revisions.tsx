// The dated revisions of a translation, as the history lists them under their version. On a page
// in the translation's language each says what changed; on a page in the other language, only
// that the translation was revised, since the summary is written in the translation's language.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/dates';

type Props = {
  /** The page's language. */
  locale: Locale;
  /** The translation's language, in which its summaries are written. */
  translation: Locale;
  revisions: readonly { date: string; summary: string }[];
};

export async function TranslationRevisions({ locale, translation, revisions }: Props) {
  if (revisions.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'versions' });
  const language = t(`languages.${translation}`);
  return (
    <ul className="translation-revisions">
      {revisions.map(({ date, summary }) => (
        <li key={date}>
          {locale === translation
            ? t.rich('translationRevised', {
                language,
                date: formatDate(locale, date),
                summary,
                b: (chunks) => <strong>{chunks}</strong>,
                time: (chunks) => <time dateTime={date}>{chunks}</time>,
              })
            : t.rich('translationRevisedShort', {
                language,
                date: formatDate(locale, date),
                time: (chunks) => <time dateTime={date}>{chunks}</time>,
              })}
        </li>
      ))}
    </ul>
  );
}
