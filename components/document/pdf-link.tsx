// The link to download a version's PDF, with its size, drawn from the same text as the page
// (lib/pdf/render-version-pdf.ts). The size is read from the file at build time, so the link
// needs no script.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { pdfKilobytes } from '@/lib/pdf/pdf-files';
import { versionPaths } from '@/lib/versions/version-paths';

type Props = {
  locale: Locale;
  slug: string;
  date: string;
  className?: string;
  /** Another PDF of the version: that of an earlier publication. */
  href?: string;
};

export async function PdfLink({ locale, slug, date, className = 'pdf-link', ...rest }: Props) {
  const t = await getTranslations({ locale, namespace: 'pdf' });
  const href = rest.href ?? versionPaths(locale, slug).pdf(date);
  const size = pdfKilobytes(href);
  return (
    <p className={className}>
      <a href={href} type="application/pdf" download>
        {size === undefined ? t('download') : t('downloadWithSize', { size })}
      </a>
    </p>
  );
}
