// The list of a document's versions, newest first: its publication and effective dates, whether
// it is in force or announced to take effect later, the editors' summary of the change, the
// revisions of its translation, its corrigenda, the checksums of its source files, and links to
// the version, to its changes against the one before and to its PDF. Any two versions are
// compared from the form above the list (components/versions/version-chooser.tsx).
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/dates';
import type { HistoryEntry } from '@/lib/pages/history-page';
import { versionPaths } from '@/lib/versions/version-paths';
import { Corrigenda } from './corrigenda';
import { EarlierPublications } from './earlier-publications';
import { DocumentDates } from '../document/document-dates';
import { LinkList } from '../site/link-list';
import { PdfLink } from '../document/pdf-link';
import { TranslationRevisions } from '../document/translation-revisions';
import { VersionChecksums } from './version-checksums';
import { WithdrawnStatements } from './withdrawn-statements';

type Props = { locale: Locale; slug: string; entries: readonly HistoryEntry[] };

export async function VersionHistory({ locale, slug, entries }: Props) {
  const t = await getTranslations({ locale, namespace: 'versions' });
  const paths = versionPaths(locale, slug);
  return (
    <ol className="version-history" reversed>
      {entries.map(({ date, effective, status, summary, first, translation, integrity }) => (
        <li key={date} id={`v${date}`}>
          <h2>
            <time dateTime={date}>{t('versionOf', { date: formatDate(locale, date) })}</time>
            {status === 'in-force' && (
              <span className="version-history__in-force">
                {t(effective ? 'current' : 'currentStated')}
              </span>
            )}
            {status === 'announced' && (
              <span className="version-history__announced">
                {t('announced', { date: formatDate(locale, effective ?? date) })}
              </span>
            )}
          </h2>
          <DocumentDates locale={locale} published={date} effective={effective} />
          {(summary || first) && <p>{summary ?? t('firstVersion')}</p>}
          <TranslationRevisions
            locale={locale}
            translation={translation.locale}
            revisions={translation.revisions}
          />
          <Corrigenda locale={locale} corrigenda={integrity.corrigenda} />
          <EarlierPublications
            locale={locale}
            slug={slug}
            date={date}
            publications={integrity.publications}
          />
          <WithdrawnStatements locale={locale} withdrawn={integrity.withdrawn} />
          <LinkList
            className="version-history__links"
            row
            links={[
              { href: paths.version(date), label: t('read') },
              ...(first ? [] : [{ href: paths.changes(date), label: t('changes') }]),
            ]}
          />
          <PdfLink locale={locale} slug={slug} date={date} />
          <VersionChecksums locale={locale} sources={integrity.sources} />
        </li>
      ))}
    </ol>
  );
}
