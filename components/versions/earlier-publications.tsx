// The earlier publications of a version that the site replaced in place (publications.yaml): the
// days each was published, which language prevailed in it, what changed when it was replaced, the
// way to the text as then published (kept at an address of its own) and, in the history, the
// SHA-256 of its files and PDFs as published. The history lists them with the version; the
// document and version pages open with them (earlier-publications-notice.tsx).
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/dates';
import type { VersionIntegrity } from '@/lib/versions/version-integrity';
import { versionPaths } from '@/lib/versions/version-paths';
import { VersionChecksums } from './version-checksums';

type Props = {
  locale: Locale;
  slug: string;
  /** The version they are publications of. */
  date: string;
  publications: VersionIntegrity['publications'];
  /** With the checksums of each (the history), or without (a notice). */
  checksums?: boolean;
};

export async function EarlierPublications({
  locale,
  slug,
  date,
  publications,
  checksums = true,
}: Props) {
  if (publications.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'versions' });
  const paths = versionPaths(locale, slug);
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
          })}{' '}
          <a href={paths.kept(date, p.published)}>{t('readKept')}</a>
          {checksums && (
            <VersionChecksums
              locale={locale}
              sources={p.sources}
              label="earlierChecksums"
              pdfs={p.pdf}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
