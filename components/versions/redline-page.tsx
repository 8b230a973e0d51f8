// A redline page: one version against an earlier one, word by word in English and character by
// character in Chinese, with key-clause marks added and removed, and sections without changes
// folded. The article is drawn by lib/versions/redline-html.ts, which the site's server and the
// static export's script also call, so a comparison reads the same wherever it is made.
import { setRequestLocale } from 'next-intl/server';
import { JsonLd } from '@/components/site/json-ld';
import { PageShell } from '@/components/site/page-shell';
import { pageJsonLd } from '@/lib/pages/page-metadata';
import type { RedlinePageModel } from '@/lib/pages/redline-page';
import { redlineArticleHtml } from '@/lib/versions/redline-html';

type Props = { model: RedlinePageModel };

export function RedlinePage({ model }: Props) {
  const { route, page, publisher, date, article, labels } = model;
  setRequestLocale(route.locale);
  return (
    <PageShell locale={route.locale} path={page.slug}>
      <JsonLd data={pageJsonLd({ ...page, type: 'WebPage', dateModified: date, publisher })} />
      <article
        className="legal-document redline-page"
        dangerouslySetInnerHTML={{ __html: redlineArticleHtml(article, labels) }}
      />
    </PageShell>
  );
}
