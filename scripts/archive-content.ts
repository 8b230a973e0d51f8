// `npm run content:archive -- <doc>`: keeps the text in force as an archived version before it is
// edited. Copies content/<doc>/<locale>.mdx, byte for byte, to
// content/<doc>/versions/<lastUpdated>/<locale>.mdx, where it is published for good at
// /<doc>/<lastUpdated>/. Exits with 1 (and changes nothing) if the text cannot be archived.
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { defaultLocale, locales } from '@/i18n/routing';
import {
  compileFile,
  contentDir,
  displayPath,
  documentFile,
  listDocuments,
} from '@/lib/content/library';
import { ContentError, formatProblem } from '@/lib/content/problem';
import { scanVersions, versionFile } from '@/lib/content/versions';

class Refusal extends Error {}

async function archive(slug: string | undefined): Promise<string> {
  const slugs = await listDocuments();
  if (!slug || !slugs.includes(slug)) {
    throw new Refusal(
      `${slug ? `there is no document "${slug}"` : 'name the document to archive'}: npm run content:archive -- <doc>, where <doc> is one of ${slugs.join(', ')}`,
    );
  }
  const files = await Promise.all(
    locales.map(async (locale) => ({ locale, ...(await compileFile(documentFile(slug, locale))) })),
  );
  const date = files.find((f) => f.locale === defaultLocale)!.doc.frontmatter.lastUpdated;
  const other = files.find((f) => f.doc.frontmatter.lastUpdated !== date);
  if (other) {
    throw new Refusal(
      `${displayPath(documentFile(slug, other.locale))} is dated ${other.doc.frontmatter.lastUpdated}, not ${date}: give every language the same lastUpdated first`,
    );
  }
  const { dates } = await scanVersions(slug);
  const target = path.dirname(versionFile(slug, date, defaultLocale));
  if (dates.includes(date)) {
    throw new Refusal(
      `the version of ${date} is already archived in ${displayPath(target)}/: edit the current text, then set lastUpdated to the date of the change`,
    );
  }
  await mkdir(target, { recursive: true });
  for (const locale of locales) {
    await copyFile(documentFile(slug, locale), versionFile(slug, date, locale));
  }
  return [
    `archived "${slug}" as of ${date} in ${displayPath(target)}/ (published at /${slug}/${date}/)`,
    'next, in every language:',
    `  1. edit ${displayPath(path.join(contentDir(), slug))}/<language>.mdx`,
    '  2. set lastUpdated to the date the change takes effect',
    '  3. set changeSummary to one or two sentences saying what changed',
    '  4. npm run check:content',
  ].join('\n');
}

archive(process.argv[2]).then(
  (message) => console.log(message),
  (error: unknown) => {
    if (error instanceof ContentError) {
      console.error(
        `${error.problems.map(formatProblem).join('\n')}\n\ncontent:archive: fix these first; nothing was archived`,
      );
    } else if (error instanceof Refusal) {
      console.error(`content:archive: ${error.message}; nothing was archived`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  },
);
