// Keeps the text in force of a document as an archived version before it is edited (what
// `npm run content:archive -- <doc>` runs): content/<doc>/<locale>.mdx is copied to
// content/<doc>/versions/<lastUpdated>/<locale>.mdx, where it is published for good.
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { defaultLocale, locales } from '@/i18n/routing';
import { compileFile, contentDir, displayPath, documentFile, listDocuments } from './library';
import { scanVersions, versionFile } from './versions';

/** The text cannot be archived as asked; the message says what to do instead. */
export class ArchiveRefusal extends Error {}

/**
 * Copies the text in force of `slug`, byte for byte, to versions/<lastUpdated>/ in `dir`, and
 * returns what to do next. Throws an ArchiveRefusal (or the file's ContentError) and changes
 * nothing if the text cannot be archived.
 */
export async function archiveDocument(
  slug: string | undefined,
  dir = contentDir(),
): Promise<string> {
  const slugs = await listDocuments(dir);
  if (!slug || !slugs.includes(slug)) {
    throw new ArchiveRefusal(
      `${slug ? `there is no document "${slug}"` : 'name the document to archive'}: npm run content:archive -- <doc>, where <doc> is one of ${slugs.join(', ')}`,
    );
  }
  const files = await Promise.all(
    locales.map(async (locale) => ({ locale, ...(await compileFile(documentFile(slug, locale, dir))) })),
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
  return [
    `archived "${slug}" as of ${date} in ${displayPath(target)}/ (published at /${slug}/${date}/)`,
    'next, in every language:',
    `  1. edit ${displayPath(path.join(dir, slug))}/<language>.mdx`,
    '  2. set lastUpdated to the day the new text is published (the same in every language)',
    '  3. if it takes effect later, add effective: YYYY-MM-DD (that day); until then the site announces it and the text archived above stays in force',
    '  4. set changeSummary to one or two sentences saying what changed',
    '  5. npm run check:content (it prints the day the site must be rebuilt for the change to take effect)',
  ].join('\n');
}
