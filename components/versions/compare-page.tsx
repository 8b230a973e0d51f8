// A document's compare page, and the frame of every comparison of two of its versions: a result
// area (an introduction here; the comparison's article where one is drawn), the form to choose
// two versions, the list of what each version changed, the comparison's data and its script.
// Without JavaScript on the static export, a comparison's address shows this frame with only the
// changes between its two versions listed: the stylesheet range.css beside that address, which
// the host writes for it, hides the others.
import { getTranslations } from 'next-intl/server';
import { JsonLd } from '@/components/site/json-ld';
import { PageShell } from '@/components/site/page-shell';
import { pageJsonLd } from '@/lib/pages/page-metadata';
import type { ComparePageModel } from '@/lib/pages/compare-page';
import { versionPaths } from '@/lib/versions/version-paths';
import { VersionChooser } from './version-chooser';

type Props = { model: ComparePageModel };

/** JSON in a script element, with every "<" escaped so no text can end the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export async function ComparePage({ model }: Props) {
  const { route, page, publisher, data } = model;
  const t = await getTranslations({ locale: route.locale, namespace: 'versions' });
  const paths = versionPaths(route.locale, route.slug);
  const colon = route.locale === 'en' ? ': ' : '：';
  return (
    <PageShell locale={route.locale} path={page.slug}>
      <JsonLd
        data={pageJsonLd({
          ...page,
          type: 'WebPage',
          dateModified: data.versions.at(-1)!.date,
          publisher,
        })}
      />
      <div className="compare-page">
        {/* The comparison's article replaces these words where one is drawn. */}
        <article id="comparison" className="legal-document redline-page compare-page__result">
          <h1>{page.title}</h1>
          <p>{page.description}</p>
          <p className="compare-page__script-note">{t('compareNoScript')}</p>
        </article>
        <section className="compare-page__chooser" aria-labelledby="compare-choose">
          <h2 id="compare-choose">{t('compareChoose')}</h2>
          <VersionChooser locale={route.locale} slug={route.slug} versions={data.versions} />
          <h2>{t('compareSteps')}</h2>
          <ol className="compare-page__steps">
            {data.versions.slice(1).map((v, i) => (
              <li key={v.date} data-from={data.versions[i]!.date} data-to={v.date}>
                <a href={paths.changes(v.date)}>{t('versionOf', { date: v.day })}</a>
                {v.summary && `${colon}${v.summary}`}
              </li>
            ))}
          </ol>
          <p>
            <a href={paths.history}>{t('history')}</a>
          </p>
        </section>
      </div>
      {/* Relative: beside a comparison's address, the host says which changes lie between. Not
          a stylesheet of the build: its bytes depend on the address it is read from. */}
      {/* eslint-disable-next-line @next/next/no-css-tags */}
      <link rel="stylesheet" href="range.css" />
      <script
        type="application/json"
        id="compare-data"
        dangerouslySetInnerHTML={{ __html: scriptJson(data) }}
      />
      <script src="/compare.js" defer />
    </PageShell>
  );
}
