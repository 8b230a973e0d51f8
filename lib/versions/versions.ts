// The versions of a document: the current text in content/<doc>/<locale>.mdx and every earlier
// text archived by `npm run content:archive` in content/<doc>/versions/<date>/<locale>.mdx,
// where <date> is the lastUpdated of that text. Each version is published at /<doc>/<date>/.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { defaultLocale, locales, type Locale } from '@/i18n/routing';
import { dateSourceOf, effectiveDate, isoDate, type DateSource } from '@/lib/mdx/frontmatter';
import { versionInForce } from '@/lib/versions/in-force';
import {
  compileForPage,
  contentDir,
  displayPath,
  documentFile,
  exists,
  listDocuments,
  loadFile,
  type LoadedDocument,
} from '@/lib/content/library';
import { ContentError, type Finding } from '@/lib/mdx/problem';

export const VERSIONS_FOLDER = 'versions';

export function versionFile(slug: string, date: string, locale: Locale, dir = contentDir()) {
  return path.join(dir, slug, VERSIONS_FOLDER, date, `${locale}.mdx`);
}

/** The archived versions of a document, oldest first, and what is wrong with the folder. */
export async function scanVersions(
  slug: string,
  dir = contentDir(),
): Promise<{ dates: string[]; problems: Finding[] }> {
  const folder = path.join(dir, slug, VERSIONS_FOLDER);
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const dates: string[] = [];
  const problems: Finding[] = [];
  const at = (p: string) => ({ file: displayPath(p), line: 1, column: 1 });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const where = path.join(folder, entry.name);
    if (!entry.isDirectory() || !isoDate.safeParse(entry.name).success) {
      problems.push({
        ...at(where),
        message: `"${entry.name}" in ${displayPath(folder)} is not a version folder`,
        hint: 'each archived version is a folder named by its date (YYYY-MM-DD) holding one file per language; npm run content:archive makes them',
      });
      continue;
    }
    for (const locale of locales) {
      const file = versionFile(slug, entry.name, locale, dir);
      if (!(await exists(file))) {
        problems.push({
          ...at(file),
          message: `the ${locale} text of version ${entry.name} of "${slug}" is missing`,
          hint: `an archived version keeps every language: ${locales.map((l) => `${l}.mdx`).join(' and ')}`,
        });
      }
    }
    dates.push(entry.name);
  }
  return { dates: dates.sort(), problems };
}

export type DocumentVersion = {
  /** The version's lastUpdated (the day it was published), which is also its URL segment. */
  date: string;
  /** The day it takes effect: its `effective` field, or its lastUpdated without one. */
  effective: string;
  /**
   * False for the newest text (content/<doc>/<locale>.mdx), which is the one in force unless it
   * is announced for a later day (lib/versions/in-force.ts decides which one is).
   */
  archived: boolean;
  /** Where its dates come from: the text's own (`source`), or the legal team's. */
  dateSource: DateSource;
};

/** Every version of a document, oldest first, the current file last. */
export async function listVersions(slug: string, dir = contentDir()): Promise<DocumentVersion[]> {
  const { dates, problems } = await scanVersions(slug, dir);
  if (problems.length > 0) throw new ContentError(problems);
  const { doc } = await compileForPage(documentFile(slug, defaultLocale, dir));
  const current = doc.frontmatter.lastUpdated;
  // The effective date is the same in every language (the shared-fields check holds it there).
  const archived = await Promise.all(
    dates
      .filter((d) => d !== current)
      .map(async (date) => {
        const file = versionFile(slug, date, defaultLocale, dir);
        const { frontmatter } = (await compileForPage(file)).doc;
        const effective = effectiveDate(frontmatter);
        return { date, effective, archived: true, dateSource: dateSourceOf(frontmatter) };
      }),
  );
  return [
    ...archived,
    {
      date: current,
      effective: effectiveDate(doc.frontmatter),
      archived: false,
      dateSource: dateSourceOf(doc.frontmatter),
    },
  ];
}

/**
 * The version shown at /<doc>/: the one in force on `day`, or, for a document announced before
 * its first version takes effect, that first version (its page then says it is not yet in force).
 */
export function shownVersion(versions: readonly DocumentVersion[], day: string): DocumentVersion {
  return versionInForce(versions, day) ?? versions[0]!;
}

/** Every published document with its versions, for the pages that list them all. */
export async function documentsWithVersions(dir = contentDir()) {
  return Promise.all(
    (await listDocuments(dir)).map(async (slug) => ({
      slug,
      versions: await listVersions(slug, dir),
    })),
  );
}

/** The file holding one version of a document in one language. */
export function fileOf(slug: string, version: DocumentVersion, locale: Locale, dir = contentDir()) {
  return version.archived
    ? versionFile(slug, version.date, locale, dir)
    : documentFile(slug, locale, dir);
}

/** One version of a document in one language, ready to render. */
export async function loadVersion(
  slug: string,
  version: DocumentVersion,
  locale: Locale,
  dir = contentDir(),
): Promise<LoadedDocument> {
  return loadFile(fileOf(slug, version, locale, dir), slug, locale);
}
