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
import { displayPath, exists } from '@/lib/content/library';
import type { Finding } from '@/lib/mdx/problem';
import { readYamlDataFile } from '@/lib/content/yaml-data-file';
import { sha256 } from '@/lib/versions/version-record';

export const PUBLICATIONS_FILE = 'publications.yaml';
/** The folder beside the record that keeps the files of each earlier publication. */
export const PUBLICATIONS_FOLDER = 'publications';

const language = z.enum(locales, { error: `must be one of ${locales.join(', ')}` });
const note = z.string().trim().min(1, 'must not be empty');
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 written as 64 hex digits');

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
  /** What changed when it was replaced, in every language: readers see it in the history. */
  note: z.strictObject(
    Object.fromEntries(locales.map((l) => [l, note])) as Record<Locale, typeof note>,
  ),
});

const recordSchema = z.strictObject({
  /** The version (lastUpdated) of the text in force. */
  version: isoDate,
  /** The language that prevails in the text in force, as the site publishes it. */
  prevailingLanguage: language,
  earlier: z
    .array(earlierSchema)
    .min(1, 'must list at least one publication, or be removed')
    .optional(),
});

export type EarlierPublication = z.infer<typeof earlierSchema>;
export type PublicationRecord = z.infer<typeof recordSchema> & {
  /** Path shown in messages: content/privacy/publications.yaml. */
  file: string;
};

export const RECORD_HINT =
  'the record has version (the lastUpdated of the text in force), prevailingLanguage, and optionally earlier: one entry per earlier publication with version, published, replaced, prevailingLanguage, sha256 and note (zh-CN and en); see CONTENT.md';

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
      return {
        name,
        path: shown,
        recorded,
        actual: sha256(bytes),
        prevailingLanguage: field('prevailingLanguage'),
        lastUpdated: field('lastUpdated'),
      };
    }),
  );
}
