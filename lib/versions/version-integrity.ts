// What a reader needs to verify a saved copy of a version: the SHA-256 of its source files (the
// text in force too) and the corrections made to it since it was published. The history page
// lists them and /<doc>/versions.json publishes them. The checksums are taken from the files as
// built; the content check has already compared archived files with their record (SHA256SUMS).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { locales, type Locale } from '@/i18n/routing';
import { loadCorrigenda, type Corrigendum } from '@/lib/versions/corrigenda';
import {
  keptFolder,
  loadPublications,
  type EarlierPublication,
  type WithdrawnStatement,
} from '@/lib/versions/publications';
import { contentDir } from '@/lib/content/library';
import { publicationDays, type PublicationDays } from '@/lib/versions/publication-days';
import { sha256 } from '@/lib/versions/version-record';
import { fileOf, type DocumentVersion } from '@/lib/versions/versions';

export type SourceSum = {
  locale: Locale;
  /** Where the file is in the site's repository: content/privacy/en.mdx. */
  path: string;
  sha256: string;
};

/** A content file's path in the repository, whichever folder the build read it from. */
const repositoryPath = (file: string, dir: string) =>
  ['content', ...path.relative(dir, file).split(path.sep)].join('/');

export type VersionIntegrity = {
  /** One per language, in the site's language order. */
  sources: SourceSum[];
  /** Oldest first; none for the text in force, which is corrected in place. */
  corrigenda: Corrigendum[];
  /**
   * The earlier publications of this version that the site replaced in place (publications.yaml),
   * oldest first, each with the SHA-256 of its kept files.
   */
  publications: (Omit<EarlierPublication, 'sha256'> & { sources: SourceSum[] })[];
  /** What the site's pages said of this version and no longer say (publications.yaml). */
  withdrawn: WithdrawnStatement[];
  /** The days the site first published this version and last changed its files. */
  days: PublicationDays;
};

export async function versionIntegrity(
  slug: string,
  version: DocumentVersion,
  dir = contentDir(),
): Promise<VersionIntegrity> {
  const sources = await Promise.all(
    locales.map(async (locale) => {
      const file = fileOf(slug, version, locale, dir);
      return { locale, path: repositoryPath(file, dir), sha256: sha256(await readFile(file)) };
    }),
  );
  const corrigenda = version.archived
    ? (await loadCorrigenda(path.dirname(fileOf(slug, version, locales[0], dir)))).corrigenda
    : [];
  const docFolder = path.join(dir, slug);
  const { record } = await loadPublications(docFolder);
  const publications = (record?.earlier ?? [])
    .filter((entry) => entry.version === version.date)
    .map(({ sha256: sums, ...entry }) => ({
      ...entry,
      sources: locales.map((locale) => ({
        locale,
        path: repositoryPath(path.join(keptFolder(docFolder, entry), `${locale}.mdx`), dir),
        sha256: sums[`${locale}.mdx`] ?? '',
      })),
    }));
  const withdrawn = (record?.withdrawn ?? []).filter((w) => w.version === version.date);
  const current =
    !version.archived && record?.version === version.date ? record.published : undefined;
  const days = publicationDays(version, { corrigenda, publications, current });
  return { sources, corrigenda, publications, withdrawn, days };
}
