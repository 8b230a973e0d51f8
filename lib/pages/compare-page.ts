// The model of a document's compare page, /privacy/compare/: a form to choose any two versions,
// the list of what each version changed, and the data a comparison is drawn from (every version
// with its date as the site writes it and its summary, and the words of a redline). The same
// page is the frame of every comparison, /privacy/<version>/changes/<since>/: the site's server
// fills it in, and on the static export compare.js does (lib/versions/comparison.ts).
import { formatDate } from '@/lib/dates';
import { resolveDocument, type DocumentRoute } from '@/lib/pages/document-route';
import { pageBasics, type PageBasics } from '@/lib/pages/page-basics';
import type { PageHead } from '@/lib/pages/page-metadata';
import { redlineLabels } from '@/lib/pages/redline-page';
import type { CompareData } from '@/lib/versions/comparison';
import { loadVersion, shownVersion } from '@/lib/versions/versions';

export type ComparePageModel = {
  route: DocumentRoute;
  t: PageBasics['t'];
  page: PageHead;
  publisher: PageBasics['publisher'];
  data: CompareData;
};

export async function comparePage(params: {
  locale: string;
  doc: string;
}): Promise<ComparePageModel> {
  const route = await resolveDocument(params);
  const { t, site, publisher } = await pageBasics(route.locale);
  const texts = await Promise.all(
    route.versions.map((v) => loadVersion(route.slug, v, route.locale)),
  );
  const title =
    texts[route.versions.indexOf(shownVersion(route.versions, route.day))]!.frontmatter.title;
  const words = {
    title: t('versions.compareAnyTitle', { title }),
    description: t('versions.compareAnyIntro'),
  };
  const data: CompareData = {
    schemaVersion: 1,
    document: route.slug,
    language: route.locale,
    title,
    versions: route.versions.map((v, i) => ({
      date: v.date,
      day: formatDate(route.locale, v.date),
      summary: texts[i]!.frontmatter.changeSummary ?? null,
    })),
    labels: redlineLabels(t),
    words: {
      compareTitle: t.raw('versions.compareTitle') as string,
      compareIntro: t.raw('versions.compareIntro') as string,
      versionOf: t.raw('versions.versionOf') as string,
      history: t('versions.history'),
    },
    page: words,
  };
  const page = {
    locale: route.locale,
    slug: `${route.slug}/compare`,
    ...words,
    ...site,
    // A derived view of texts that have pages of their own.
    noindex: true,
  };
  return { route, t, page, publisher, data };
}
