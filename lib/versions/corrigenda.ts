// The corrigenda of an archived version (content/<doc>/versions/<date>/corrigenda.yaml): each
// deliberate correction made to its published text, with its date, a note in every language,
// and the checksums the corrected files had before, so a copy saved before the correction can
// still be verified. `npm run content:erratum` appends to it; the version page and the history
// show the notes; /<doc>/versions.json publishes the whole list.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { z } from 'zod';
import { locales, type Locale } from '@/i18n/routing';
import { isoDate } from '@/lib/mdx/frontmatter';
import type { Finding } from '@/lib/mdx/problem';
import { publishedPdfs } from '@/lib/versions/publications';
import { CORRIGENDA_FILE } from '@/lib/versions/version-record';
import { readYamlDataFile } from '@/lib/content/yaml-data-file';

const note = z.string().trim().min(1, 'must not be empty');
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 written as 64 hex digits');

const corrigendumSchema = z.strictObject({
  date: isoDate,
  note: z.strictObject(
    Object.fromEntries(locales.map((l) => [l, note])) as Record<Locale, typeof note>,
  ),
  /** File name → its SHA-256 before this correction, for the files the correction changed. */
  before: z.record(z.string().min(1), sha256Hex),
  /**
   * The SHA-256 of each PDF of the version as the site published it until this correction, so a
   * PDF saved before it can be verified too; `none` when the site published no PDF of it.
   */
  beforePdf: publishedPdfs,
});

const corrigendaSchema = z.strictObject({ corrigenda: z.array(corrigendumSchema).min(1) });

export type Corrigendum = z.infer<typeof corrigendumSchema>;

const HEADER = `# Corrections made to this archived version after it was published, oldest first. Written by
# npm run content:erratum, which also updates SHA256SUMS; "before" keeps the SHA-256 each
# corrected file had until that day, and "beforePdf" that of each PDF of the version, so a copy
# saved earlier can still be verified.
`;

/** The corrigenda of a version folder (none without the file), and what is wrong with the file. */
export async function loadCorrigenda(
  folder: string,
): Promise<{ corrigenda: Corrigendum[]; problems: Finding[] }> {
  const file = path.join(folder, CORRIGENDA_FILE);
  const { data, problems } = await readYamlDataFile(file, corrigendaSchema, {
    file: CORRIGENDA_FILE,
    field: CORRIGENDA_FILE,
    hint: 'npm run content:erratum writes this file; restore it with git checkout -- <file> if it was edited by hand',
  });
  return { corrigenda: data?.corrigenda ?? [], problems };
}

/** Adds a corrigendum at the end of the folder's list, creating the file if needed. */
export async function appendCorrigendum(folder: string, entry: Corrigendum): Promise<void> {
  const { corrigenda, problems } = await loadCorrigenda(folder);
  if (problems.length > 0) throw new Error(`${CORRIGENDA_FILE} cannot be read`);
  const file = path.join(folder, CORRIGENDA_FILE);
  // lineWidth 0: a long note stays on one line, as an editor would write it.
  await writeFile(
    file,
    HEADER + stringify({ corrigenda: [...corrigenda, entry] }, { lineWidth: 0 }),
  );
}
