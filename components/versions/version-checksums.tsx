// The SHA-256 of a version's source files, one per language, folded under a summary so the
// history stays short; each checksum is in its own element, so a reader can select and copy it
// whole. The same values are in versions.json, and a saved copy of a file verifies with
// `sha256sum <file>`.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { SourceSum } from '@/lib/versions/version-integrity';

type Props = {
  locale: Locale;
  sources: readonly SourceSum[];
  /** The summary's text: the version's files, or those of an earlier publication of it. */
  label?: 'checksums' | 'earlierChecksums';
};

export async function VersionChecksums({ locale, sources, label = 'checksums' }: Props) {
  const t = await getTranslations({ locale, namespace: 'versions' });
  return (
    <details className="version-checksums">
      <summary>{t(label)}</summary>
      <dl>
        {sources.map((s) => (
          <div key={s.locale}>
            <dt>
              {t('checksumOf', { language: t(`languages.${s.locale}`) })} <code>{s.path}</code>
            </dt>
            <dd>
              <code className="version-checksums__value">{s.sha256}</code>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
