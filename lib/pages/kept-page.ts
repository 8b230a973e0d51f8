// The model of an earlier publication's page, /privacy/2017-03-09/published/2026-11-29/: the text
// of a version as the site published it before replacing it in place, read-only, from the files
// kept byte for byte in content/<doc>/publications/<published>/. The page says when it was
// published and replaced, what changed, and gives its checksums and its PDF; it is kept out of
// the sitemap and of search results, since the text at the version's own address replaced it.
import { notFound } from 'next/navigation';
import { loadFile, type LoadedDocument } from '@/lib/content/library';
import { formatDate } from '@/lib/dates';
import {
  documentParams,
  findVersion,
  resolveDocument,
  type DocumentRoute,
} from '@/lib/pages/document-route';
import { pageBasics, type PageBasics } from '@/lib/pages/page-basics';
import type { PageHead } from '@/lib/pages/page-metadata';
import { keptFile } from '@/lib/versions/publications';
import { versionIntegrity, type VersionIntegrity } from '@/lib/versions/version-integrity';
import { listVersions, type DocumentVersion } from '@/lib/versions/versions';

export type KeptPublication = VersionIntegrity['publications'][number];

export type KeptPageModel = {
  route: DocumentRoute;
  document: LoadedDocument;
  page: PageHead;
  publisher: PageBasics['publisher'];
  version: DocumentVersion;
  publication: KeptPublication;
};

/** Every language × document × earlier publication, for the pages that keep them. */
export async function keptParams() {
  const params = await documentParams();
  const all = await Promise.all(
    params.map(async (p) =>
      (
        await Promise.all(
          (await listVersions(p.doc)).map(async (v) =>
            (await versionIntegrity(p.doc, v)).publications.map((kept) => ({
              ...p,
              version: v.date,
              published: kept.published,
            })),
          ),
        )
      ).flat(),
    ),
  );
  return all.flat();
}

export async function keptPage(params: {
  locale: string;
  doc: string;
  version: string;
  published: string;
}): Promise<KeptPageModel> {
  const { version: date, published, ...rest } = params;
  const route = await resolveDocument(rest);
  const { version } = findVersion(route, date);
  const publication = (await versionIntegrity(route.slug, version)).publications.find(
    (p) => p.published === published,
  );
  if (!publication) notFound();
  const document = await loadFile(
    keptFile(route.slug, published, route.locale),
    route.slug,
    route.locale,
  );
  const { t, site, publisher } = await pageBasics(route.locale);
  const day = (d: string) => formatDate(route.locale, d);
  const page = {
    locale: route.locale,
    slug: `${route.slug}/${date}/published/${published}`,
    title: t('versions.keptTitle', {
      title: document.frontmatter.title,
      published: day(published),
      replaced: day(publication.replaced),
    }),
    description: document.frontmatter.description,
    ...site,
    noindex: true,
  };
  return { route, document, page, publisher, version, publication };
}
