// The SHA-256 of a version's source files, one per language, folded under a summary so the
// history stays short; for an earlier publication, those of the PDFs as then published too. Each
// checksum is in its own element, so a reader can select and copy it whole. The same values are
// in versions.json, and a saved copy of a file verifies with `sha256sum <file>`.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { PublishedPdfs } from '@/lib/versions/publications';
import type { SourceSum } from '@/lib/versions/version-integrity';

type Props = {
  locale: Locale;
  sources: readonly SourceSum[];
  /** The summary's text: the version's files, or those of an earlier publication of it. */
  label?: 'checksums' | 'earlierChecksums';
  /** The PDFs as published with an earlier publication, or `none`. */
  pdfs?: PublishedPdfs;
};

export async function VersionChecksums({ locale, sources, label = 'checksums', pdfs }: Props) {
  const t = await getTranslations({ locale, namespace: 'versions' });
  const row = (key: string, term: React.ReactNode, value: string) => (
    <div key={key}>
      <dt>{term}</dt>
      <dd>
        <code className="version-checksums__value">{value}</code>
      </dd>
    </div>
  );
  return (
    <details className="version-checksums">
      <summary>{t(label)}</summary>
      <dl>
        {sources.map((s) =>
          row(
            s.locale,
            <>
              {t('checksumOf', { language: t(`languages.${s.locale}`) })} <code>{s.path}</code>
            </>,
            s.sha256,
          ),
        )}
        {pdfs &&
          pdfs !== 'none' &&
          Object.entries(pdfs).map(([name, sum]) =>
            row(
              name,
              <>
                {t('checksumOfPdf')} <code>{name}</code>
              </>,
              sum,
            ),
          )}
      </dl>
      {pdfs === 'none' && <p>{t('noPdf')}</p>}
    </details>
  );
}
