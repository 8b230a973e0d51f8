// On a version's own page and on the document's page, under its other notices: that the text at
// this address was replaced in place after it was published, with each earlier publication and
// the way to it, as corrigenda are shown, so the promise that the address keeps its version holds.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { VersionIntegrity } from '@/lib/versions/version-integrity';
import { EarlierPublications } from './earlier-publications';

type Props = {
  locale: Locale;
  slug: string;
  date: string;
  publications: VersionIntegrity['publications'];
};

export async function EarlierPublicationsNotice({ locale, slug, date, publications }: Props) {
  if (publications.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'versions' });
  return (
    <div className="corrigenda-notice">
      <p>{t('earlierPublicationsNotice')}</p>
      <EarlierPublications
        locale={locale}
        slug={slug}
        date={date}
        publications={publications}
        checksums={false}
      />
    </div>
  );
}
