// The model of the bilingual view, /privacy/bilingual/: the Chinese and English texts in force,
// the page's language first, their dates, and the note on the text that prevails, in its own
// language (the other text carries its translation label).
import { getTranslations } from 'next-intl/server';
import { otherLocale, type Locale } from '@/i18n/routing';
import type { LoadedDocument } from '@/lib/content/library';
import { statedEffective } from '@/lib/mdx/frontmatter';
import { resolveDocument, type DocumentRoute } from '@/lib/pages/document-route';
import { pageBasics, type PageBasics } from '@/lib/pages/page-basics';
import type { PageHead } from '@/lib/pages/page-metadata';
import { loadVersion, shownVersion } from '@/lib/versions/versions';

export type BilingualPageModel = {
  route: DocumentRoute;
  t: PageBasics['t'];
  page: PageHead;
  publisher: PageBasics['publisher'];
  /** The text in the page's language, then the other. */
  documents: readonly [LoadedDocument, LoadedDocument];
  lastUpdated: string;
  /** None when the date is the one the text itself states. */
  effective: string | undefined;
  prevailing: { locale: Locale; text: string };
};

export async function bilingualPage(params: {
  locale: string;
  doc: string;
}): Promise<BilingualPageModel> {
  const route = await resolveDocument(params);
  const other = otherLocale(route.locale);
  const shown = shownVersion(route.versions, route.day);
  const documents = [
    await loadVersion(route.slug, shown, route.locale),
    await loadVersion(route.slug, shown, other),
  ] as const;
  const { t, site, publisher } = await pageBasics(route.locale);
  const { title, description, lastUpdated, prevailingLanguage } = documents[0].frontmatter;
  const effective = statedEffective(documents[0].frontmatter);
  const page = {
    locale: route.locale,
    slug: `${route.slug}/bilingual`,
    title: t('versions.bilingualTitle', { title }),
    description,
    ...site,
  };
  // The note on the prevailing text, in its language (a translation carries its own label).
  const v = await getTranslations({ locale: prevailingLanguage, namespace: 'versions' });
  const prevailing = {
    locale: prevailingLanguage,
    text: v('prevailing', { language: v(`languages.${prevailingLanguage}`) }),
  };
  return { route, t, page, publisher, documents, lastUpdated, effective, prevailing };
}
