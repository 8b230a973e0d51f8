// The model of the hub, / and /en/: every published document in the language, as the version in
// force on the build date has it, and the newest publication date among them.
import type { Locale } from '@/i18n/routing';
import type { LoadedDocument } from '@/lib/content/library';
import { buildDate } from '@/lib/dates';
import { pageBasics, type PageBasics } from '@/lib/pages/page-basics';
import type { PageHead } from '@/lib/pages/page-metadata';
import { documentsWithVersions, loadVersion, shownVersion } from '@/lib/versions/versions';

export type HubPageModel = {
  documents: LoadedDocument[];
  page: PageHead;
  publisher: PageBasics['publisher'];
  /** The latest lastUpdated of the documents shown: when the list last changed. */
  newest: string;
};

export async function hubPage(locale: Locale): Promise<HubPageModel> {
  const { t, site, publisher } = await pageBasics(locale);
  const day = buildDate();
  const documents = await Promise.all(
    (await documentsWithVersions()).map(({ slug, versions }) =>
      loadVersion(slug, shownVersion(versions, day), locale),
    ),
  );
  const page = {
    locale,
    slug: '',
    title: t('hub.title'),
    description: t('hub.intro'),
    ...site,
  };
  const newest =
    documents
      .map((d) => d.frontmatter.lastUpdated)
      .sort()
      .at(-1) ?? '';
  return { documents, page, publisher, newest };
}
