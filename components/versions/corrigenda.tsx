// The corrections made to an archived version after it was published, each with its date and
// the editors' note in the reader's language (content/<doc>/versions/<date>/corrigenda.yaml).
// The version page shows them in a notice (corrigenda-notice.tsx), the history with the version.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Corrigendum } from '@/lib/versions/corrigenda';
import { formatDate } from '@/lib/dates';

type Props = { locale: Locale; corrigenda: readonly Pick<Corrigendum, 'date' | 'note'>[] };

export async function Corrigenda({ locale, corrigenda }: Props) {
  if (corrigenda.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'versions' });
  return (
    <ul className="corrigenda">
      {corrigenda.map(({ date, note }, index) => (
        // Two corrections may share a day; their order in the file is their order.
        <li key={`${date}-${index}`}>
          {t.rich('corrigendum', {
            date: formatDate(locale, date),
            note: note[locale],
            b: (chunks) => <strong>{chunks}</strong>,
            time: (chunks) => <time dateTime={date}>{chunks}</time>,
          })}
        </li>
      ))}
    </ul>
  );
}
