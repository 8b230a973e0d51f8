// The model of a version's own page, /privacy/2017-03-09/: its text, whether it is in force,
// replaced or announced, its neighbours and its corrigenda. The version in force names the
// document's page as canonical, so crawlers see each text once.
import { formatDate } from '@/lib/dates';
import type { LoadedDocument } from '@/lib/content/library';
import { findVersion, resolveDocument, type DocumentRoute } from '@/lib/pages/document-route';
import { pageBasics, type PageBasics } from '@/lib/pages/page-basics';
import type { PageHead } from '@/lib/pages/page-metadata';
import { versionInForce, versionStatus, type VersionStatus } from '@/lib/versions/in-force';
import { versionIntegrity, type VersionIntegrity } from '@/lib/versions/version-integrity';
import { loadVersion, shownVersion, type DocumentVersion } from '@/lib/versions/versions';

export type VersionPageModel = {
  route: DocumentRoute;
  document: LoadedDocument;
  page: PageHead;
  publisher: PageBasics['publisher'];
  version: DocumentVersion;
  status: VersionStatus;
  previous: DocumentVersion | undefined;
  next: DocumentVersion | undefined;
  inForce: DocumentVersion | undefined;
  corrigenda: VersionIntegrity['corrigenda'];
  /** The earlier publications of this version that the site replaced in place. */
  publications: VersionIntegrity['publications'];
};

export async function versionPage(params: {
  locale: string;
  doc: string;
  version: string;
}): Promise<VersionPageModel> {
  const { version: date, ...rest } = params;
  const route = await resolveDocument(rest);
  const { version, previous, next } = findVersion(route, date);
  const status = versionStatus(route.versions, version, route.day);
  const document = await loadVersion(route.slug, version, route.locale);
  const { t, site, publisher } = await pageBasics(route.locale);
  const title = t('versions.versionTitle', {
    title: document.frontmatter.title,
    date: formatDate(route.locale, date),
  });
  const page = {
    locale: route.locale,
    slug: `${route.slug}/${date}`,
    title,
    description: document.frontmatter.description,
    ...site,
    // The text /<doc>/ shows: the version in force (or the first, before any is).
    canonicalSlug: version === shownVersion(route.versions, route.day) ? route.slug : undefined,
  };
  const inForce = versionInForce(route.versions, route.day);
  const { corrigenda, publications } = await versionIntegrity(route.slug, version);
  return {
    route,
    document,
    page,
    publisher,
    version,
    status,
    previous,
    next,
    inForce,
    corrigenda,
    publications,
  };
}
