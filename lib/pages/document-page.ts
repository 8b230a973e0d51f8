// The model of a document's page, /privacy/: the version in force on the build date
// (lib/versions/in-force.ts), the version announced to replace it, if any, and whether a change
// is recent enough for its notice.
import { isRecent } from '@/lib/dates';
import type { LoadedDocument } from '@/lib/content/library';
import type { Frontmatter } from '@/lib/mdx/frontmatter';
import { resolveDocument, type DocumentRoute } from '@/lib/pages/document-route';
import { pageBasics, type PageBasics } from '@/lib/pages/page-basics';
import type { PageHead } from '@/lib/pages/page-metadata';
import { updateNoticeDays } from '@/lib/site-config';
import { announcedVersions, versionInForce } from '@/lib/versions/in-force';
import { versionIntegrity, type VersionIntegrity } from '@/lib/versions/version-integrity';
import { versionPaths } from '@/lib/versions/version-paths';
import { loadVersion, shownVersion, type DocumentVersion } from '@/lib/versions/versions';

export type DocumentPageModel = {
  route: DocumentRoute;
  /** The version shown: the one in force, or the first before any is. */
  shown: DocumentVersion;
  document: LoadedDocument;
  t: PageBasics['t'];
  page: PageHead;
  publisher: PageBasics['publisher'];
  paths: ReturnType<typeof versionPaths>;
  inForce: DocumentVersion | undefined;
  /** The next version to take effect, with its text; a later one is announced from its page. */
  announced: { version: DocumentVersion; frontmatter: Frontmatter } | undefined;
  /** The version in force took effect recently, and there is an earlier text. */
  recent: DocumentVersion | undefined;
  /** The earlier publications of the version shown that the site replaced in place. */
  publications: VersionIntegrity['publications'];
};

export async function documentPage(params: {
  locale: string;
  doc: string;
}): Promise<DocumentPageModel> {
  const route = await resolveDocument(params);
  const shown = shownVersion(route.versions, route.day);
  const document = await loadVersion(route.slug, shown, route.locale);
  const { t, site, publisher } = await pageBasics(route.locale);
  const { title, description } = document.frontmatter;
  const page = { locale: route.locale, slug: route.slug, title, description, ...site };
  const inForce = versionInForce(route.versions, route.day);
  const next = announcedVersions(route.versions, route.day)[0];
  const announced = next && {
    version: next,
    frontmatter: (await loadVersion(route.slug, next, route.locale)).frontmatter,
  };
  // A change is recent for a while after it took effect, when there is an earlier text.
  const recent =
    inForce !== undefined &&
    route.versions.indexOf(inForce) > 0 &&
    isRecent(inForce.effective, route.day, updateNoticeDays)
      ? inForce
      : undefined;
  const paths = versionPaths(route.locale, route.slug);
  const { publications } = await versionIntegrity(route.slug, shown);
  return {
    route,
    shown,
    document,
    t,
    page,
    publisher,
    paths,
    inForce,
    announced,
    recent,
    publications,
  };
}
