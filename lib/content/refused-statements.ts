// Reads content/refused-statements.yaml: statements the legal review refused (a consent drawn
// from browsing, a trademark licence no source states), which the documents must not make again.
import path from 'node:path';
import { z } from 'zod';
import type { Locale } from '@/i18n/routing';
import { displayPath } from '@/lib/content/library';
import type { Finding } from '@/lib/mdx/problem';
import { readYamlDataFile } from '@/lib/content/yaml-data-file';

export const STATEMENTS_FILE = 'refused-statements.yaml';

const phrases = z.array(z.string().trim().min(1, 'must not be empty')).optional();

/** Where a refused phrase is looked for (see `in` below). */
export const PLACES = ['text', 'summaries', 'errata'] as const;
export type Place = (typeof PLACES)[number];

const statementSchema = z.strictObject({
  /** The documents (folder names) it applies to; every document when left out. */
  documents: z.array(z.string().min(1)).min(1).optional(),
  en: phrases,
  'zh-CN': phrases,
  /**
   * Where the phrases are refused: `text`, the documents' text in force (the default); `summaries`,
   * the fields that describe a change (changeSummary, translationRevisions) of every version, so
   * that a published history never says more than what changed; `errata`, the notes of the
   * corrections (corrigenda.yaml) and of the earlier publications (publications.yaml).
   */
  in: z.array(z.enum(PLACES)).min(1).optional(),
  /** Why the statement is refused, shown with every problem. */
  reason: z.string().trim().min(1, 'must say why the statement is refused'),
});

const fileSchema = z.strictObject({ statements: z.array(statementSchema).min(1) });

export type RefusedStatement = {
  documents?: readonly string[];
  in: readonly Place[];
  phrases: Record<Locale, readonly string[]>;
  reason: string;
};

export type RefusedStatements = { file: string; statements: RefusedStatement[] };

/** The refused statements of a content folder, if it lists any, and what is wrong with the file. */
export async function loadRefusedStatements(
  dir: string,
): Promise<{ refused?: RefusedStatements; problems: Finding[] }> {
  const file = path.join(dir, STATEMENTS_FILE);
  const { data, problems } = await readYamlDataFile(file, fileSchema, {
    file: STATEMENTS_FILE,
    field: STATEMENTS_FILE,
    hint: `each entry has reason, optionally documents and in (${PLACES.join(', ')}), and the phrases under en and zh-CN`,
  });
  if (!data) return { problems };
  const statements = data.statements.map((s) => ({
    documents: s.documents,
    in: s.in ?? ['text'],
    phrases: { en: s.en ?? [], 'zh-CN': s['zh-CN'] ?? [] },
    reason: s.reason,
  }));
  return { refused: { file: displayPath(file), statements }, problems: [] };
}
