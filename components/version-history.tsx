// The list of a document's versions, newest first: date, whether in force, the editors' summary
// of the change, the revisions of its translation, and links to the version, to its changes and
// to its comparison with each older version, so any two versions can be compared without script.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/dates';
import { versionPaths } from '@/lib/version-paths';
import { LinkList } from './link-list';
import { TranslationRevisions } from './translation-revisions';

export type HistoryEntry = {
  date: string;
  inForce: boolean;
  summary?: string;
  first: boolean;
  /** The text of this version that does not prevail, and its revisions since the version. */
  translation: { locale: Locale; revisions: readonly { date: string; summary: string }[] };
};

type Props = { locale: Locale; slug: string; entries: readonly HistoryEntry[] };

export async function VersionHistory({ locale, slug, entries }: Props) {
  const t = await getTranslations({ locale, namespace: 'versions' });
  const paths = versionPaths(locale, slug);
  return (
    <ol className="version-history" reversed>
      {entries.map(({ date, inForce, summary, first, translation }, index) => (
        <li key={date} id={`v${date}`}>
          <h2>
            <time dateTime={date}>{t('versionOf', { date: formatDate(locale, date) })}</time>
            {inForce && <span className="version-history__in-force">{t('current')}</span>}
          </h2>
          {(summary || first) && <p>{summary ?? t('firstVersion')}</p>}
          <TranslationRevisions
            locale={locale}
            translation={translation.locale}
            revisions={translation.revisions}
          />
          <LinkList
            className="version-history__links"
            row
            links={[
              { href: paths.version(date), label: t('read') },
              ...(first ? [] : [{ href: paths.changes(date), label: t('changes') }]),
              // The version before is "changes" above; every older one has a comparison page.
              ...entries.slice(index + 2).map((older) => ({
                href: paths.comparison(date, older.date, entries[index + 1]?.date),
                label: t('compareWith', { date: formatDate(locale, older.date) }),
              })),
            ]}
          />
        </li>
      ))}
    </ol>
  );
}
