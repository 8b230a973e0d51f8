// Reads the glossary (content/glossary.yaml): each term in English and in Chinese, and the variants
// that must not be used. The terminology rule holds the documents and the interface strings to it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { locales, type Locale } from '@/i18n/routing';
import { displayPath, exists } from './library';
import type { Problem } from './problem';

export const GLOSSARY_FILE = 'glossary.yaml';

const words = z.string().trim().min(1, 'must not be empty');
const oneOrMore = z.union([words, z.array(words).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));

const termSchema = z.strictObject({
  /** The English term, or its spellings (a defined term keeps its capitals). */
  en: oneOrMore,
  /** The one Chinese term a Chinese text uses where the English text uses the term. */
  'zh-CN': words,
  /** Variants that no text may use, per language: a wrong name, an old brand, a loose rendering. */
  forbidden: z.strictObject({ en: z.array(words).optional(), 'zh-CN': z.array(words).optional() }).optional(),
  /** Why, for the editors. */
  note: z.string().optional(),
});

const glossarySchema = z.strictObject({ terms: z.array(termSchema).min(1) });

export type Term = {
  /** What each language writes for the term (English: any of its spellings). */
  use: Record<Locale, string[]>;
  forbidden: Record<Locale, string[]>;
  /** Why, for the editors (shown with a forbidden variant). */
  note?: string;
};

export type Glossary = { file: string; terms: Term[] };

/** The glossary of a content folder, if it has one, and what is wrong with it. */
export async function loadGlossary(dir: string): Promise<{ glossary?: Glossary; problems: Problem[] }> {
  const file = path.join(dir, GLOSSARY_FILE);
  if (!(await exists(file))) return { problems: [] };
  const shown = displayPath(file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(await readFile(file, 'utf8'), { lineCounter, prettyErrors: false });
  const at = (offset = 0) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: shown, line, column: col };
  };
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        ...at(e.pos[0]),
        message: `the glossary is not valid YAML: ${e.message.split('\n')[0]}`,
        hint: 'write each term as a list entry "- en: …" with "zh-CN: …" below it, indented alike',
      })),
    };
  }
  const result = glossarySchema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => {
        // The deepest part of the path that is written: the entry when one of its fields is missing.
        const path = issue.path as (string | number)[];
        let depth = path.length;
        while (depth > 0 && !isNode(doc.getIn(path.slice(0, depth), true))) depth--;
        const node = depth > 0 ? doc.getIn(path.slice(0, depth), true) : undefined;
        const missing = issue.code === 'invalid_type' && depth < path.length;
        const message =
          issue.code === 'unrecognized_keys'
            ? `glossary field "${[...path, issue.keys.join('", "')].join('.')}" is not allowed`
            : `glossary field "${path.join('.')}" ${missing ? 'is missing' : issue.message}`;
        return {
          ...at(isNode(node) ? node.range?.[0] : undefined),
          message,
          hint: 'each term has en (a term or a list), zh-CN (one term), and optionally forbidden: { en: […], zh-CN: […] } and note',
        };
      }),
    };
  }
  const terms = result.data.terms.map((t) => ({
    use: { en: t.en, 'zh-CN': [t['zh-CN']] },
    forbidden: Object.fromEntries(locales.map((l) => [l, t.forbidden?.[l] ?? []])) as Record<
      Locale,
      string[]
    >,
    note: t.note,
  }));
  return { glossary: { file: shown, terms }, problems: [] };
}
