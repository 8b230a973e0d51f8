// The redline of one version against an earlier one: what changed, inline, word by word in
// English and character by character in Chinese, with sections without changes folded. Drawn
// from the page's model (lib/pages/redline-page.ts).
import { setRequestLocale } from 'next-intl/server';
import { JsonLd } from '@/components/site/json-ld';
import { LinkList } from '@/components/site/link-list';
import { PageShell } from '@/components/site/page-shell';
import { RedlineSection } from '@/components/versions/redline-section';
import { TableOfContents } from '@/components/document/table-of-contents';
import { summarize } from '@/lib/versions/redline';
import { pageJsonLd } from '@/lib/pages/page-metadata';
import type { RedlinePageModel } from '@/lib/pages/redline-page';

type Props = { model: RedlinePageModel };

export function RedlinePage({ model }: Props) {
  const { route, t, page, publisher, date, previous, changes, intro, day, paths, summaries } =
    model;
  const colon = route.locale === 'en' ? ': ' : '：';
  setRequestLocale(route.locale);
  const changed = changes.filter((c) => c.status !== 'unchanged');
  const labels = {
    introduction: t('versions.introduction'),
    added: t('versions.sectionAdded'),
    removed: t('versions.sectionRemoved'),
    unchanged: t('versions.unchanged'),
    show: t('versions.showUnchanged'),
  };
  return (
    <PageShell locale={route.locale} path={page.slug}>
      <JsonLd data={pageJsonLd({ ...page, type: 'WebPage', dateModified: date, publisher })} />
      <article className="legal-document redline-page">
        <header className="legal-document__header">
          <h1>{page.title}</h1>
          <p>{intro}</p>
          <LinkList
            className="legal-document__related"
            row
            links={[
              {
                href: paths.version(date),
                label: t('versions.versionOf', { date: day(date) }),
              },
              {
                href: paths.version(previous),
                label: t('versions.versionOf', { date: day(previous) }),
              },
              { href: paths.history, label: t('versions.history') },
            ]}
          />
        </header>
        <div className="notice">
          {summaries.length === 0 && page.description && (
            <p>
              <strong>{page.description}</strong>
            </p>
          )}
          {summaries.length > 0 && (
            <ul className="redline-page__summaries">
              {summaries.map(({ date: d, summary }) => (
                <li key={d}>
                  <strong>{t('versions.versionOf', { date: day(d) })}</strong>
                  {summary && `${colon}${summary}`}
                </li>
              ))}
            </ul>
          )}
          <p>
            {t.rich('versions.redlineLegend', {
              ins: (chunks) => <ins>{chunks}</ins>,
              del: (chunks) => <del>{chunks}</del>,
            })}
          </p>
          <p>{t('versions.redlineCounts', summarize(changes))}</p>
        </div>
        <TableOfContents
          title={t('versions.changedSections')}
          entries={changed.map((c) => ({
            id: c.id || 'introduction',
            title: c.title || labels.introduction,
            level: 2,
            line: 0,
          }))}
        />
        <div className="legal-document__body">
          {changes.map((change) => (
            <RedlineSection key={change.id} change={change} labels={labels} />
          ))}
        </div>
      </article>
    </PageShell>
  );
}
