// Checks every document in every language and returns every problem at once, so an editor can
// fix them all in one pass. `npm run check:content` prints them; the build refuses to publish
// while any remain.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { locales } from '@/i18n/routing';
import { loadGlossary } from '@/lib/content/glossary';
import { loadRefusedStatements } from '@/lib/content/refused-statements';
import { loadKeyClauses } from '@/lib/content/key-clauses';
import { keyClauses as keyClausesRule } from '@/lib/checks/rules/key-clauses';
import { changeSummaries } from '@/lib/checks/rules/change-summaries';
import {
  loadInterfaceFiles,
  localesDir as defaultLocalesDir,
} from '@/lib/content/interface-strings';
import {
  compileFile,
  contentDir,
  displayPath,
  documentFile,
  exists,
  scanDocuments,
} from '@/lib/content/library';
import { buildDate } from '@/lib/dates';
import { DocumentError } from '@/lib/mdx/compile';
import { ContentError, type Finding, type Problem } from '@/lib/mdx/problem';
import { dates } from '@/lib/checks/rules/dates';
import { frontmatter } from '@/lib/checks/rules/frontmatter';
import { internalLinks } from '@/lib/checks/rules/internal-links';
import { languages } from '@/lib/checks/rules/languages';
import { mdxComponents } from '@/lib/checks/rules/mdx-components';
import { mdxExpressions } from '@/lib/checks/rules/mdx-expressions';
import { mdxSyntax } from '@/lib/checks/rules/mdx-syntax';
import type { CheckedFile, Rule, RuleContext } from '@/lib/checks/rules/rule';
import { archiveRecords } from '@/lib/checks/rules/archive-records';
import { loadCorrigenda } from '@/lib/versions/corrigenda';
import {
  CORRIGENDA_FILE,
  readVersionFolder,
  type VersionFolder,
} from '@/lib/versions/version-record';
import { refusedStatements } from '@/lib/checks/rules/refused-statements';
import { publications as publicationsRule } from '@/lib/checks/rules/publications';
import { loadPublications, PUBLICATIONS_FILE, readKeptFiles } from '@/lib/versions/publications';
import { sectionParity } from '@/lib/checks/rules/section-parity';
import { sharedFields } from '@/lib/checks/rules/shared-fields';
import { terminology } from '@/lib/checks/rules/terminology';
import { translationRevisions } from '@/lib/checks/rules/translation-revisions';
import { uniqueIds } from '@/lib/checks/rules/unique-ids';
import { versions } from '@/lib/checks/rules/versions';
import { scanVersions, versionFile } from '@/lib/versions/versions';

/** Every content check, in the order of the rules tables (npm run docs). */
export const rules: readonly Rule[] = [
  frontmatter,
  mdxSyntax,
  languages,
  sectionParity,
  uniqueIds,
  internalLinks,
  dates,
  sharedFields,
  mdxComponents,
  mdxExpressions,
  keyClausesRule,
  translationRevisions,
  versions,
  changeSummaries,
  archiveRecords,
  publicationsRule,
  terminology,
  refusedStatements,
];

export type CheckResult = { documents: number; files: number; problems: Problem[] };

export async function checkContent({
  dir = contentDir(),
  today = buildDate(),
  localesDir = defaultLocalesDir(),
}: {
  dir?: string;
  today?: string;
  /** The interface strings held to the glossary (locales/ unless a test names another). */
  localesDir?: string;
} = {}): Promise<CheckResult> {
  const { slugs, problems: folders } = await scanDocuments(dir);
  const { glossary, problems: glossaryFindings } = await loadGlossary(dir);
  const { refused, problems: refusedFindings } = await loadRefusedStatements(dir);
  const { keyClauses, problems: keyClauseFindings } = await loadKeyClauses(dir);
  const interfaceFiles = await loadInterfaceFiles(localesDir);
  const scans = {
    folders,
    versions: [] as Finding[],
    glossary: glossaryFindings,
    refusedStatements: refusedFindings,
    keyClauses: keyClauseFindings,
    frontmatter: [] as Finding[],
    mdx: [] as Finding[],
    corrigenda: [] as Finding[],
    publications: [] as Finding[],
  };
  const files: CheckedFile[] = [];
  const archives: VersionFolder[] = [];
  const publications: RuleContext['publications'][number][] = [];
  const records: RuleContext['records'][number][] = [];
  const keepRecord = async (slug: string, file: string) => {
    if (await exists(file)) {
      records.push({ slug, file: displayPath(file), source: await readFile(file, 'utf8') });
    }
  };
  const add = async (path: string, file: Omit<CheckedFile, 'file' | 'source' | 'doc'>) => {
    if (!(await exists(path))) return; // reported by the scans
    try {
      const { source, doc } = await compileFile(path);
      files.push({ ...file, file: displayPath(path), source, doc });
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      scans.frontmatter.push(...error.frontmatter);
      scans.mdx.push(...error.mdx);
    }
  };
  for (const slug of slugs) {
    const { entry, problems: recordProblems } = await readPublications(dir, slug);
    scans.publications.push(...recordProblems);
    if (entry) publications.push(entry);
    await keepRecord(slug, path.join(/*turbopackIgnore: true*/ dir, slug, PUBLICATIONS_FILE));
    const archived = await scanVersions(slug, dir);
    scans.versions.push(...archived.problems);
    for (const version of archived.dates) {
      const folder = path.dirname(versionFile(slug, version, locales[0], dir));
      archives.push(await readVersionFolder(slug, version, folder));
      scans.corrigenda.push(...(await loadCorrigenda(folder)).problems);
      await keepRecord(slug, path.join(/*turbopackIgnore: true*/ folder, CORRIGENDA_FILE));
    }
    for (const locale of locales) {
      await add(documentFile(slug, locale, dir), { slug, locale });
      for (const version of archived.dates) {
        await add(versionFile(slug, version, locale, dir), { slug, locale, version });
      }
    }
  }
  const context = {
    slugs,
    files,
    today,
    glossary,
    interfaceFiles,
    refused,
    keyClauses,
    scans,
    archives,
    publications,
    records,
  };
  const problems: Problem[] = rules.flatMap((rule) =>
    rule.check(context).map((finding) => ({ ...finding, rule: rule.id })),
  );
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { documents: slugs.length, files: files.length, problems };
}

/** A document's publication record for the publications rule: its text and its kept files. */
async function readPublications(
  dir: string,
  slug: string,
): Promise<{ entry?: RuleContext['publications'][number]; problems: Finding[] }> {
  const docFolder = path.join(/*turbopackIgnore: true*/ dir, slug);
  const { record, problems } = await loadPublications(docFolder);
  if (!record) return { problems };
  const file = path.join(/*turbopackIgnore: true*/ docFolder, PUBLICATIONS_FILE);
  const kept = await Promise.all((record.earlier ?? []).map((e) => readKeptFiles(docFolder, e)));
  return { entry: { slug, record, source: await readFile(file, 'utf8'), kept }, problems };
}

let verdict: Promise<void> | undefined;

/**
 * Throws a ContentError listing every problem, once per process. The document route calls it
 * while the build collects its pages, so nothing is published while a check fails, even when
 * `next build` is run without `npm run check:content` first.
 */
export function assertContentPublishable(): Promise<void> {
  verdict ??= checkContent().then(({ problems }) => {
    if (problems.length > 0) throw new ContentError(problems);
  });
  return verdict;
}
