// The earlier publications of a version that the site replaced in place (publications.yaml), as
// the history lists them: the days each was published, which language prevailed in it, what
// changed when it was replaced, and the SHA-256 of its files as published (kept in content/).
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/dates';
import type { VersionIntegrity } from '@/lib/versions/version-integrity';
import { VersionChecksums } from './version-checksums';

type Props = { locale: Locale; publications: VersionIntegrity['publications'] };

export async function EarlierPublications({ locale, publications }: Props) {
  if (publications.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'versions' });
  return (
    <ul className="corrigenda">
      {publications.map((p) => (
        <li key={p.published}>
          {t.rich('earlierPublication', {
            published: formatDate(locale, p.published),
            replaced: formatDate(locale, p.replaced),
            language: t(`languages.${p.prevailingLanguage}`),
            note: p.note[locale],
            b: (chunks) => <strong>{chunks}</strong>,
            from: (chunks) => <time dateTime={p.published}>{chunks}</time>,
            to: (chunks) => <time dateTime={p.replaced}>{chunks}</time>,
          })}
          <VersionChecksums locale={locale} sources={p.sources} label="earlierChecksums" />
        </li>
      ))}
    </ul>
  );
}
