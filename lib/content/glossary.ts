// Reads the glossary (content/glossary.yaml): each term in English and in Chinese, and the variants
// that must not be used. The terminology rule holds the documents and the interface strings to it.
import path from 'node:path';
import { z } from 'zod';
import { locales, type Locale } from '@/i18n/routing';
import { displayPath } from '@/lib/content/library';
import type { Finding } from '@/lib/mdx/problem';
import { readYamlDataFile } from '@/lib/content/yaml-data-file';

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
export async function loadGlossary(dir: string): Promise<{ glossary?: Glossary; problems: Finding[] }> {
  const file = path.join(dir, GLOSSARY_FILE);
  const { data, problems } = await readYamlDataFile(file, glossarySchema, {
    file: 'the glossary',
    field: 'glossary',
    hint: 'each term has en (a term or a list), zh-CN (one term), and optionally forbidden: { en: […], zh-CN: […] } and note',
  });
  if (!data) return { problems };
  const terms = data.terms.map((t) => ({
    use: { en: t.en, 'zh-CN': [t['zh-CN']] },
    forbidden: Object.fromEntries(locales.map((l) => [l, t.forbidden?.[l] ?? []])) as Record<
      Locale,
      string[]
    >,
    note: t.note,
  }));
  return { glossary: { file: displayPath(file), terms }, problems: [] };
}
