// The publication record of a document (content/<doc>/publications.yaml): which version the text
// in force is and which language prevails in it, and every earlier publication of a version that
// the site made under another prevailing language, with the files as they were then kept in
// content/<doc>/publications/<published>/ and their SHA-256. A change of the text that prevails is
// a new version (npm run content:archive); the record is how a change already published without
// one stays on file, and how the check notices a prevailingLanguage changed in place.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { locales, type Locale } from '@/i18n/routing';
import { isoDate } from '@/lib/mdx/frontmatter';
import { compileFile, contentDir, displayPath, exists } from '@/lib/content/library';
import { ContentError, type Finding } from '@/lib/mdx/problem';
import { readYamlDataFile } from '@/lib/content/yaml-data-file';
import { sha256 } from '@/lib/versions/version-record';

export const PUBLICATIONS_FILE = 'publications.yaml';
/** The folder beside the record that keeps the files of each earlier publication. */
export const PUBLICATIONS_FOLDER = 'publications';

const language = z.enum(locales, { error: `must be one of ${locales.join(', ')}` });
const note = z.string().trim().min(1, 'must not be empty');
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 written as 64 hex digits');

const pdfName = z
  .string()
  .regex(/^[A-Za-z0-9-]+\.pdf$/, 'must be a PDF file name such as privacy-2017-03-09-en.pdf');

/**
 * The SHA-256 of each PDF of a text as the site published it, by file name, so a PDF saved then
 * can be verified; `none` when the site published no PDF of it (before 2026-12-01, the site
 * published none at all).
 */
export const publishedPdfs = z.union([z.literal('none'), z.record(pdfName, sha256Hex)], {
  error: 'must be none, or the file name of each PDF with its SHA-256 written as 64 hex digits',
});
export type PublishedPdfs = z.infer<typeof publishedPdfs>;

const notes = z.strictObject(
  Object.fromEntries(locales.map((l) => [l, note])) as Record<Locale, typeof note>,
);

/**
 * Something the site's pages said of a version and no longer say (a label, a date): when, and a
 * note in every language. The history shows it with the version.
 */
const withdrawnSchema = z.strictObject({
  version: isoDate,
  /** The first and the last day the site said it. */
  from: isoDate,
  to: isoDate,
  note: notes,
});

const earlierSchema = z.strictObject({
  /** The version (its lastUpdated) the site published. */
  version: isoDate,
  /** The first and the last day the site published it so. */
  published: isoDate,
  replaced: isoDate,
  prevailingLanguage: language,
  /** File name → SHA-256 of the file as published, kept in publications/<published>/. */
  sha256: z.record(
    z.string().regex(/^[a-zA-Z-]+\.mdx$/, 'must be a file name such as en.mdx'),
    sha256Hex,
  ),
  pdf: publishedPdfs,
  /** What changed when it was replaced, in every language: readers see it in the history. */
  note: notes,
});

const recordSchema = z.strictObject({
  /** The version (lastUpdated) of the text in force. */
  version: isoDate,
  /** The language that prevails in the text in force, as the site publishes it. */
  prevailingLanguage: language,
  /**
   * The day the site began publishing the text in force as it now is. A text dated by its
   * source has no other record of the days the site published it, so it must say; after a
   * replacement in place it is the day the last earlier publication was replaced.
   */
  published: isoDate.optional(),
  earlier: z
    .array(earlierSchema)
    .min(1, 'must list at least one publication, or be removed')
    .optional(),
  withdrawn: z.array(withdrawnSchema).min(1, 'must list at least one, or be removed').optional(),
});

export type EarlierPublication = z.infer<typeof earlierSchema>;
export type WithdrawnStatement = z.infer<typeof withdrawnSchema>;
export type PublicationRecord = z.infer<typeof recordSchema> & {
  /** Path shown in messages: content/privacy/publications.yaml. */
  file: string;
};

export const RECORD_HINT =
  'the record has version (the lastUpdated of the text in force), prevailingLanguage, published (the day the text in force was first published as it now is; required for a text dated by its source), optionally earlier: one entry per earlier publication with version, published, replaced, prevailingLanguage, sha256, pdf (file → SHA-256, or none) and note (zh-CN and en), and optionally withdrawn: what the pages said of a version and no longer say, with version, from, to and note; see CONTENT.md';

/** A document's publication record, if it has one, and what is wrong with the file. */
export async function loadPublications(
  docFolder: string,
): Promise<{ record?: PublicationRecord; problems: Finding[] }> {
  const file = path.join(docFolder, PUBLICATIONS_FILE);
  const { data, problems } = await readYamlDataFile(file, recordSchema, {
    file: PUBLICATIONS_FILE,
    field: PUBLICATIONS_FILE,
    hint: RECORD_HINT,
  });
  return data ? { record: { ...data, file: displayPath(file) }, problems } : { problems };
}

/** Where the files of an earlier publication are kept. */
export const keptFolder = (docFolder: string, entry: Pick<EarlierPublication, 'published'>) =>
  path.join(docFolder, PUBLICATIONS_FOLDER, entry.published);

/** The file kept for an earlier publication of a document in one language. */
export const keptFile = (slug: string, published: string, locale: Locale, dir = contentDir()) =>
  path.join(keptFolder(path.join(dir, slug), { published }), `${locale}.mdx`);

export type KeptFile = {
  name: string;
  /** Path in the repository: content/privacy/publications/2026-11-29/zh-CN.mdx. */
  path: string;
  recorded: string;
  /** The SHA-256 of the kept file; none when it is missing. */
  actual?: string;
  /** The file's own prevailingLanguage and lastUpdated lines, as written. */
  prevailingLanguage?: string;
  lastUpdated?: string;
  /**
   * Why the file does not compile, if it does not: the site serves every kept publication as a
   * page of its own, so the MDX pipeline must still read what the site once published.
   */
  compileProblem?: string;
};

/** The kept files of an earlier publication, each with what the record says and what it holds. */
export async function readKeptFiles(
  docFolder: string,
  entry: EarlierPublication,
): Promise<KeptFile[]> {
  const folder = keptFolder(docFolder, entry);
  return Promise.all(
    Object.entries(entry.sha256).map(async ([name, recorded]) => {
      const file = path.join(folder, name);
      const shown = displayPath(file);
      if (!(await exists(file))) return { name, path: shown, recorded };
      const bytes = await readFile(file);
      const text = bytes.toString('utf8');
      const field = (key: string) =>
        new RegExp(`^${key}:\\s*(\\S+)\\s*$`, 'm').exec(text.split(/\n---/)[0] ?? '')?.[1];
      const compileProblem = await compileFile(file).then(
        () => undefined,
        (error: unknown) =>
          error instanceof ContentError
            ? error.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('; ')
            : String(error),
      );
      return {
        name,
        path: shown,
        recorded,
        actual: sha256(bytes),
        prevailingLanguage: field('prevailingLanguage'),
        lastUpdated: field('lastUpdated'),
        ...(compileProblem && { compileProblem }),
      };
    }),
  );
}
