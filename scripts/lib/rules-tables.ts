// The rules tables of README.md, CONTENT.md and CONTENT.zh-CN.md, written from the rules'
// metadata (lib/checks/rules/<id>.ts) between two markers, so the tables cannot drift from the
// checks. `npm run docs` writes them; tests/unit/scripts/rules-tables.test.ts fails when a
// committed table differs from what it would write.
import { readFile } from 'node:fs/promises';
import type { Locale } from '@/i18n/routing';
import { rules } from '@/lib/checks/check';
import { replaceBetween, withSection, type GeneratedSection } from './generated-section';

export const START =
  '<!-- rules-table:start (written by `npm run docs`; edit lib/checks/rules/) -->';
export const END = '<!-- rules-table:end -->';

type Doc = {
  file: string;
  locale: Locale;
  /** The README is read by developers: each rule links to its file. */
  linkRules: boolean;
};

export const RULES_DOCS: readonly Doc[] = [
  { file: 'README.md', locale: 'en', linkRules: true },
  { file: 'CONTENT.md', locale: 'en', linkRules: false },
  { file: 'CONTENT.zh-CN.md', locale: 'zh-CN', linkRules: false },
];

const HEADINGS: Record<Locale, [string, string]> = {
  en: ['rule', 'what it refuses'],
  'zh-CN': ['规则', '检查拒绝的内容'],
};

/** The table, one row per rule, in the checker's order (prettier aligns the columns). */
export function rulesTable({ locale, linkRules }: Doc): string {
  const [rule, refuses] = HEADINGS[locale];
  const rows = rules.map((r) => {
    const id = linkRules ? `[\`${r.id}\`](lib/checks/rules/${r.id}.ts)` : `\`${r.id}\``;
    return `| ${id} | ${r.description[locale].replaceAll('|', '\\|')} |`;
  });
  return [`| ${rule} | ${refuses} |`, '| --- | --- |', ...rows].join('\n');
}

/** The document as `npm run docs` writes it: its table replaced, formatted by prettier. */
export async function withRulesTable(doc: Doc, text?: string): Promise<string> {
  const source = text ?? (await readFile(doc.file, 'utf8'));
  return withSection(
    RULES_SECTIONS.find((s) => s.file === doc.file)!,
    source,
  );
}

/** The rules tables as sections of `npm run docs`. */
export const RULES_SECTIONS: readonly GeneratedSection[] = RULES_DOCS.map((doc) => {
  const place = { file: doc.file, start: START, end: END, what: 'rules table' };
  return { ...place, write: (source) => replaceBetween(source, place, rulesTable(doc)) };
});
