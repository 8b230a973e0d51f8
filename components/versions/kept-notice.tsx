// Opens an earlier publication's page: that this is the text the site published at the version's
// address between two days, which text it said prevailed, that it was replaced and what changed
// then, with the way to the version's current text and to the history, and the SHA-256 of the
// files kept and of the PDFs as then published (or that none was), so a copy saved at the time
// can be checked.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/dates';
import type { KeptPublication } from '@/lib/pages/kept-page';
import { versionPaths } from '@/lib/versions/version-paths';
import { Notice } from '../document/notice';
import { VersionChecksums } from './version-checksums';

type Props = { locale: Locale; slug: string; date: string; publication: KeptPublication };

export async function KeptNotice({ locale, slug, date, publication }: Props) {
  const t = await getTranslations({ locale, namespace: 'versions' });
  const paths = versionPaths(locale, slug);
  const day = (d: string) => formatDate(locale, d);
  return (
    <>
      <Notice
        links={[
          { href: paths.version(date), label: t('readVersion') },
          { href: paths.history, label: t('history') },
        ]}
      >
        <strong>
          {t('keptNotice', {
            published: day(publication.published),
            replaced: day(publication.replaced),
            version: day(date),
            language: t(`languages.${publication.prevailingLanguage}`),
          })}
        </strong>{' '}
        {t.rich('keptNote', {
          note: publication.note[locale],
          b: (chunks) => <strong>{chunks}</strong>,
        })}
      </Notice>
      <VersionChecksums
        locale={locale}
        sources={publication.sources}
        label="earlierChecksums"
        pdfs={publication.pdf}
      />
    </>
  );
}
