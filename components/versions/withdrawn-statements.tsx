// What the site's pages said of a version and no longer say (publications.yaml, withdrawn), with
// the days they said it: the history lists them with the version, so the record of what readers
// were shown stays whole.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/dates';
import type { VersionIntegrity } from '@/lib/versions/version-integrity';

type Props = { locale: Locale; withdrawn: VersionIntegrity['withdrawn'] };

export async function WithdrawnStatements({ locale, withdrawn }: Props) {
  if (withdrawn.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'versions' });
  return (
    <ul className="corrigenda">
      {withdrawn.map((w) => (
        <li key={`${w.from}-${w.to}`}>
          {t.rich('withdrawn', {
            from: formatDate(locale, w.from),
            to: formatDate(locale, w.to),
            note: w.note[locale],
            b: (chunks) => <strong>{chunks}</strong>,
            since: (chunks) => <time dateTime={w.from}>{chunks}</time>,
            until: (chunks) => <time dateTime={w.to}>{chunks}</time>,
          })}
        </li>
      ))}
    </ul>
  );
}
