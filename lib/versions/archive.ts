// Keeps the text in force of a document as an archived version before it is edited (what
// `npm run content:archive -- <doc>` runs): content/<doc>/<locale>.mdx is copied to
// content/<doc>/versions/<lastUpdated>/<locale>.mdx, where it is published for good, and the
// copies' SHA-256 are written beside them in SHA256SUMS, so the check notices any later change.
import { copyFile, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { defaultLocale, locales } from '@/i18n/routing';
import {
  compileFile,
  contentDir,
  displayPath,
  documentFile,
  listDocuments,
} from '@/lib/content/library';
import { RECORD_FILE, writeRecord } from '@/lib/versions/version-record';
import { scanVersions, versionFile } from '@/lib/versions/versions';

/** The text cannot be archived as asked; the message says what to do instead. */
export class ArchiveRefusal extends Error {}

/** The document named, or a refusal listing the documents of `dir` and how to name one. */
export async function knownDocument(
  slug: string | undefined,
  dir: string,
  usage = 'npm run content:archive -- <doc>',
): Promise<string> {
  const slugs = await listDocuments(dir);
  if (!slug || !slugs.includes(slug)) {
    throw new ArchiveRefusal(
      `${slug ? `there is no document "${slug}"` : 'name the document'}: ${usage}, where <doc> is one of ${slugs.join(', ')}`,
    );
  }
  return slug;
}

/**
 * Copies the text in force of `slug`, byte for byte, to versions/<lastUpdated>/ in `dir`, and
 * returns what to do next. Throws an ArchiveRefusal (or the file's ContentError) and changes
 * nothing if the text cannot be archived.
 */
export async function archiveDocument(
  name: string | undefined,
  dir = contentDir(),
): Promise<string> {
  const slug = await knownDocument(name, dir);
  const files = await Promise.all(
    locales.map(async (locale) => ({
      locale,
      ...(await compileFile(documentFile(slug, locale, dir))),
    })),
  );
  const date = files.find((f) => f.locale === defaultLocale)!.doc.frontmatter.lastUpdated;
  const other = files.find((f) => f.doc.frontmatter.lastUpdated !== date);
  if (other) {
    throw new ArchiveRefusal(
      `${displayPath(documentFile(slug, other.locale, dir))} is dated ${other.doc.frontmatter.lastUpdated}, not ${date}: give every language the same lastUpdated first`,
    );
  }
  const { dates } = await scanVersions(slug, dir);
  const target = path.dirname(versionFile(slug, date, defaultLocale, dir));
  if (dates.includes(date)) {
    throw new ArchiveRefusal(
      `the version of ${date} is already archived in ${displayPath(target)}/: edit the current text, then set lastUpdated to the day it is published (and effective to the day it takes effect, if later)`,
    );
  }
  await mkdir(target, { recursive: true });
  for (const locale of locales) {
    await copyFile(documentFile(slug, locale, dir), versionFile(slug, date, locale, dir));
  }
  await writeRecord(target);
  return [
    `archived "${slug}" as of ${date} in ${displayPath(target)}/ (published at /${slug}/${date}/), with the SHA-256 of each file in ${RECORD_FILE}`,
    'next, in every language:',
    `  1. edit ${displayPath(path.join(dir, slug))}/<language>.mdx`,
    '  2. set lastUpdated to the day the new text is published (the same in every language)',
    '  3. if it takes effect later, add effective: YYYY-MM-DD (that day); until then the site announces it and the text archived above stays in force',
    '  4. set changeSummary to one or two sentences saying what changed',
    '  5. npm run check:content (it prints the day the site must be rebuilt for the change to take effect)',
  ].join('\n');
}

/**
 * Writes the record (SHA256SUMS) of a version archived before records existed, from the files
 * as they are (`npm run content:archive -- <doc> <date>`). Refuses when the version does not
 * exist, lacks a language, or already has a record: a record is never rewritten but by an erratum.
 */
export async function recordArchivedVersion(
  name: string | undefined,
  date: string,
  dir = contentDir(),
): Promise<string> {
  const slug = await knownDocument(name, dir);
  const { dates } = await scanVersions(slug, dir);
  const folder = path.dirname(versionFile(slug, date, defaultLocale, dir));
  if (!dates.includes(date)) {
    throw new ArchiveRefusal(
      `"${slug}" has no archived version ${date}${dates.length > 0 ? `; its archived versions are ${dates.join(', ')}` : ''}`,
    );
  }
  for (const locale of locales) {
    if (!(await stat(versionFile(slug, date, locale, dir)).catch(() => undefined))) {
      throw new ArchiveRefusal(
        `${displayPath(versionFile(slug, date, locale, dir))} is missing: restore it before recording the version`,
      );
    }
  }
  if (await stat(path.join(folder, RECORD_FILE)).catch(() => undefined)) {
    throw new ArchiveRefusal(
      `${displayPath(folder)}/${RECORD_FILE} exists already: npm run check:content compares the files with it, and a deliberate correction is recorded with npm run content:erratum`,
    );
  }
  const sums = await writeRecord(folder);
  return [
    `recorded version ${date} of "${slug}" in ${displayPath(folder)}/${RECORD_FILE}:`,
    ...sums.map((s) => `  ${s.sha256}  ${s.name}`),
    `anyone can check it: cd ${displayPath(folder)} && sha256sum -c ${RECORD_FILE}`,
  ].join('\n');
}
