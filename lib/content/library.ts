// Finds the documents under content/ and loads one language version of each, with caching:
// a document is published only when every language version exists and compiles.
import { run } from '@mdx-js/mdx';
import type { MDXContent } from 'mdx/types';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import * as runtime from 'react/jsx-runtime';
import { defaultLocale, locales, type Locale } from '@/i18n/routing';
import { compileDocument, type CompiledDocument } from '@/lib/mdx/compile';
import { KEBAB_NAME } from '@/lib/mdx/names';
import { ContentError, type Finding } from '@/lib/mdx/problem';

export const DOCUMENT_SLUG = KEBAB_NAME;

export type LoadedDocument = CompiledDocument & {
  slug: string;
  locale: Locale;
  Content: MDXContent;
};

/** The content folder; tests point it at fixtures with CONTENT_DIR. */
export function contentDir(): string {
  // Content is read at build time only; tracing it into the server output is not needed.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR ?? 'content');
}

export function documentFile(slug: string, locale: Locale, dir = contentDir()): string {
  return path.join(dir, slug, `${locale}.mdx`);
}

/** Path shown in messages: relative to the project, with forward slashes. */
export function displayPath(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/');
}

export async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

/**
 * Every document folder with a valid name, sorted, and the problems found on the way: a folder
 * whose name cannot be a URL, or a language version that is missing.
 */
export async function scanDocuments(
  dir = contentDir(),
): Promise<{ slugs: string[]; problems: Finding[] }> {
  const entries = await readdir(dir, { withFileTypes: true });
  const problems: Finding[] = [];
  const slugs: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
    const folder = displayPath(path.join(dir, entry.name));
    if (!DOCUMENT_SLUG.test(entry.name)) {
      problems.push({
        file: folder,
        line: 1,
        column: 1,
        message: `document folder "${entry.name}" is not a valid URL name`,
        hint: 'use lowercase letters a-z, digits and hyphens only, for example "site-terms"',
      });
      continue;
    }
    for (const locale of locales) {
      if (!(await exists(documentFile(entry.name, locale, dir)))) {
        problems.push({
          file: displayPath(documentFile(entry.name, locale, dir)),
          line: 1,
          column: 1,
          message: `the ${locale} version of "${entry.name}" is missing`,
          hint: `every document needs one file per language: ${locales.map((l) => `${l}.mdx`).join(' and ')}`,
        });
      }
    }
    slugs.push(entry.name);
  }
  return { slugs: slugs.sort(), problems };
}

/**
 * Every published document, sorted. Throws a ContentError if a folder has a bad name or lacks a
 * language version, so a half-finished document stops the build instead of being published.
 */
export async function listDocuments(dir = contentDir()): Promise<string[]> {
  const { slugs, problems } = await scanDocuments(dir);
  if (problems.length > 0) throw new ContentError(problems);
  return slugs;
}

type CompiledFile = { source: string; doc: CompiledDocument };
const compiled = new Map<string, Promise<CompiledFile>>();

/**
 * Reads and compiles one content file once per process, for the pages, their metadata and the
 * content checks alike. Keyed by modification time so `npm run dev` shows an editor's change
 * on the next reload. Rejects with a ContentError when the file has problems.
 */
export async function compileFile(file: string): Promise<CompiledFile> {
  const key = `${file}@${(await stat(file)).mtimeMs}`;
  let pending = compiled.get(key);
  if (!pending) {
    pending = readFile(file, 'utf8').then(async (source) => ({
      source,
      doc: await compileDocument(source, displayPath(file)),
    }));
    compiled.set(key, pending);
    pending.catch(() => compiled.delete(key));
  }
  return pending;
}

/**
 * A content file as the pages use it. Under `next dev` a file that does not compile is shown as
 * an empty document, so the page still renders and its content-problems panel says what to fix
 * (instead of a blank page or a stack trace); the build never gets here with such a file, since
 * the content checks stop it first.
 */
export async function compileForPage(file: string): Promise<CompiledFile & { failed: boolean }> {
  try {
    return { ...(await compileFile(file)), failed: false };
  } catch (error) {
    if (process.env.NODE_ENV !== 'development' || !(error instanceof ContentError)) throw error;
    const slug = path.basename(path.dirname(file));
    const frontmatter = {
      title: slug,
      description: slug,
      lastUpdated: new Date().toISOString().slice(0, 10),
      prevailingLanguage: defaultLocale,
    };
    const empty = {
      code: '',
      toc: [],
      anchors: [],
      links: [],
      tags: [],
      expressions: [],
      outline: [],
      tree: { type: 'root' as const, children: [] },
    };
    return { source: '', doc: { frontmatter, ...empty }, failed: true };
  }
}

/** One language version of a document, compiled and ready to render. */
export async function loadDocument(
  slug: string,
  locale: Locale,
  dir = contentDir(),
): Promise<LoadedDocument> {
  return loadFile(documentFile(slug, locale, dir), slug, locale);
}

/** A content file (the current text or an archived version), compiled and ready to render. */
export async function loadFile(file: string, slug: string, locale: Locale): Promise<LoadedDocument> {
  const { doc, failed } = await compileForPage(file);
  const Content: MDXContent = failed
    ? () => null
    : (await run(doc.code, { ...runtime, baseUrl: import.meta.url })).default;
  return { ...doc, slug, locale, Content };
}
