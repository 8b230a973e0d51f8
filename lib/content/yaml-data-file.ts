// Reads a YAML data file of the content folder (the glossary, the refused statements, the key
// clauses, a publication record, corrigenda) against its schema, with every problem at the line
// and column of the entry or field it is about, so an editor's typo in such a file is reported
// like one in a document. Each of these files is optional: a missing one is no data, no problem.
import { readFile } from 'node:fs/promises';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { displayPath, exists } from '@/lib/content/library';
import type { Finding } from '@/lib/mdx/problem';

export type DataFileNames = {
  /** How messages name the file: "the glossary is not valid YAML". */
  file: string;
  /** How messages name a field of it: 'glossary field "terms.0.zh-CN" is missing'. */
  field: string;
  /** What the file's entries look like, shown with every problem. */
  hint: string;
};

export async function readYamlDataFile<T>(
  path: string,
  schema: z.ZodType<T>,
  names: DataFileNames,
): Promise<{ data?: T; problems: Finding[] }> {
  if (!(await exists(path))) return { problems: [] };
  const shown = displayPath(path);
  const lineCounter = new LineCounter();
  const doc = parseDocument(await readFile(path, 'utf8'), { lineCounter, prettyErrors: false });
  const at = (offset = 0) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: shown, line, column: col };
  };
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        ...at(e.pos[0]),
        message: `${names.file} is not valid YAML: ${e.message.split('\n')[0]}`,
        hint: names.hint,
      })),
    };
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return { data: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => {
      // The deepest part of the path that is written: the entry when one of its fields is missing.
      const fieldPath = issue.path as (string | number)[];
      let depth = fieldPath.length;
      while (depth > 0 && !isNode(doc.getIn(fieldPath.slice(0, depth), true))) depth--;
      const node = depth > 0 ? doc.getIn(fieldPath.slice(0, depth), true) : undefined;
      const missing = issue.code === 'invalid_type' && depth < fieldPath.length;
      const message =
        issue.code === 'unrecognized_keys'
          ? `${names.field} field "${[...fieldPath, issue.keys.join('", "')].join('.')}" is not allowed`
          : `${names.field} field "${fieldPath.join('.')}" ${missing ? 'is missing' : issue.message}`;
      return { ...at(isNode(node) ? node.range?.[0] : undefined), message, hint: names.hint };
    }),
  };
}
