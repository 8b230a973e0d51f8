// On a version's own page, under the version notice: that the text was corrected after it was
// published, and each correction, so a reader comparing a saved copy knows why it may differ.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Corrigendum } from '@/lib/versions/corrigenda';
import { Corrigenda } from './corrigenda';

type Props = { locale: Locale; corrigenda: readonly Pick<Corrigendum, 'date' | 'note'>[] };

export async function CorrigendaNotice({ locale, corrigenda }: Props) {
  if (corrigenda.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'versions' });
  return (
    <div className="corrigenda-notice">
      <p>{t('corrigendaNotice')}</p>
      <Corrigenda locale={locale} corrigenda={corrigenda} />
    </div>
  );
}
