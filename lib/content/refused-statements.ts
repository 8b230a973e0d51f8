// Reads content/refused-statements.yaml: statements the legal review refused (a consent drawn
// from browsing, a trademark licence no source states), which the documents must not make again.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { Locale } from '@/i18n/routing';
import { displayPath, exists } from './library';
import type { Problem } from './problem';

export const STATEMENTS_FILE = 'refused-statements.yaml';

const phrases = z.array(z.string().trim().min(1, 'must not be empty')).optional();

const statementSchema = z.strictObject({
  /** The documents (folder names) it applies to; every document when left out. */
  documents: z.array(z.string().min(1)).min(1).optional(),
  en: phrases,
  'zh-CN': phrases,
  /** Why the statement is refused, shown with every problem. */
  reason: z.string().trim().min(1, 'must say why the statement is refused'),
});

const fileSchema = z.strictObject({ statements: z.array(statementSchema).min(1) });

export type RefusedStatement = {
  documents?: readonly string[];
  phrases: Record<Locale, readonly string[]>;
  reason: string;
};

export type RefusedStatements = { file: string; statements: RefusedStatement[] };

/** The refused statements of a content folder, if it lists any, and what is wrong with the file. */
export async function loadRefusedStatements(
  dir: string,
): Promise<{ refused?: RefusedStatements; problems: Problem[] }> {
  const file = path.join(dir, STATEMENTS_FILE);
  if (!(await exists(file))) return { problems: [] };
  const shown = displayPath(file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(await readFile(file, 'utf8'), { lineCounter, prettyErrors: false });
  const at = (offset = 0) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: shown, line, column: col };
  };
  const hint = 'each entry has reason, optionally documents, and the phrases under en and zh-CN';
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        ...at(e.pos[0]),
        message: `${STATEMENTS_FILE} is not valid YAML: ${e.message.split('\n')[0]}`,
        hint,
      })),
    };
  }
  const result = fileSchema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => {
        const node = doc.getIn(issue.path as (string | number)[], true);
        return {
          ...at(isNode(node) ? node.range?.[0] : undefined),
          message: `${STATEMENTS_FILE} field "${issue.path.join('.')}" ${issue.message}`,
          hint,
        };
      }),
    };
  }
  const statements = result.data.statements.map((s) => ({
    documents: s.documents,
    phrases: { en: s.en ?? [], 'zh-CN': s['zh-CN'] ?? [] },
    reason: s.reason,
  }));
  return { refused: { file: shown, statements }, problems: [] };
}
