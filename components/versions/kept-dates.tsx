// The days an earlier publication was on the site, where a version's page gives its dates: the
// text as then published carries no date of this site's other than these (its own frontmatter
// dates are not repeated, since the labels shown with them then were withdrawn).
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/dates';

type Props = { locale: Locale; published: string; replaced: string };

export async function KeptDates({ locale, published, replaced }: Props) {
  const t = await getTranslations({ locale, namespace: 'versions' });
  return (
    <p className="document-dates">
      {/* One line of text: the dates' flex layout would part its words. */}
      <span>
        {t.rich('keptDates', {
          published: formatDate(locale, published),
          replaced: formatDate(locale, replaced),
          from: (chunks) => <time dateTime={published}>{chunks}</time>,
          to: (chunks) => <time dateTime={replaced}>{chunks}</time>,
        })}
      </span>
    </p>
  );
}
