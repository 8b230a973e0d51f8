// Reads content/key-clauses.yaml: for each document, the sections holding clauses that exclude or
// limit liability or a reader's rights, choose a court or the law, or allow the terms to change
// (Civil Code Art. 496), which must be drawn to the reader's attention with <Key>. The key-clauses
// rule holds every language of the text in force to it.
import path from 'node:path';
import { z } from 'zod';
import { KEBAB_NAME } from '@/lib/mdx/names';
import { displayPath } from '@/lib/content/library';
import type { Finding } from '@/lib/mdx/problem';
import { readYamlDataFile } from '@/lib/content/yaml-data-file';

export const KEY_CLAUSES_FILE = 'key-clauses.yaml';

const sectionId = z.string().regex(KEBAB_NAME, 'must be a section id such as "disclaimer"');
const reason = z.string().trim().min(1, 'must say which clause of the section it is and why');

const fileSchema = z.strictObject({
  documents: z.record(z.string().regex(KEBAB_NAME, 'must be a document folder name'), z.record(sectionId, reason)),
});

/** Document → section id → what the section's key clause is about. */
export type KeyClauses = { file: string; documents: Record<string, Record<string, string>> };

export async function loadKeyClauses(
  dir: string,
): Promise<{ keyClauses?: KeyClauses; problems: Finding[] }> {
  const file = path.join(dir, KEY_CLAUSES_FILE);
  const { data, problems } = await readYamlDataFile(file, fileSchema, {
    file: KEY_CLAUSES_FILE,
    field: KEY_CLAUSES_FILE,
    hint: 'write documents:, then each document folder, then each section id with what its key clause is, for example "disclaimer: the site is provided as is"',
  });
  return data ? { keyClauses: { file: displayPath(file), ...data }, problems } : { problems };
}
