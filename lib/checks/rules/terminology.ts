// Rule: the documents and the interface strings use the glossary's terms (content/glossary.yaml).
// A variant the glossary forbids is reported where it is written, with the term to use; and where
// an English text uses a term, its Chinese text must use the glossary's Chinese term. Archived
// versions are what was published and are not held to a glossary written later.
import { defaultLocale, type Locale } from '@/i18n/routing';
import type { Term } from '@/lib/content/glossary';
import type { InterfaceFile } from '@/lib/content/interface-strings';
import type { Finding } from '@/lib/mdx/problem';
import {
  counterpart,
  fieldPlace,
  type CheckedFile,
  type Rule,
  type RuleContext,
} from '@/lib/checks/rules/rule';

export const terminology: Rule = {
  id: 'terminology',
  description: {
    en: "a variant `content/glossary.yaml` forbids, in a document or an interface string (`locales/*.json`); a Chinese text (or string) that never uses the glossary's Chinese term for a term its English counterpart uses; a glossary entry that does not match its schema",
    'zh-CN':
      '`content/glossary.yaml` 禁止使用的变体（无论出现在文件中还是界面文字 `locales/*.json` 中）；英文使用了某一术语，而对应的中文从未使用术语表规定的中文术语；以及格式不正确的术语表条目',
  },
  check,
};

type Place = { line: number; column: number };

// Frontmatter fields that say what changed: they may quote the words a change replaced.
const HISTORY_FIELDS = /^(changeSummary|translationRevisions):/;

/**
 * The source with link addresses, reference definitions, section ids and the fields that describe
 * a change blanked out (same length, same lines), so only words a reader sees as the text are
 * searched and columns stay exact.
 */
export function readableText(source: string): string {
  return splitHistory(source).text;
}

/**
 * The source split in two, each keeping every line and column: the text (without the fields that
 * describe a change, link addresses and section ids) and the fields that describe a change alone.
 */
export function splitHistory(source: string): { text: string; history: string } {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const frontEnd = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  const history = lines.map(blank);
  let inHistory = false;
  for (let i = 1; i < frontEnd; i++) {
    const line = lines[i] ?? '';
    if (!/^\s/.test(line)) inHistory = HISTORY_FIELDS.test(line);
    if (inHistory) {
      history[i] = line;
      lines[i] = blank(line);
    }
  }
  const text = lines
    .join('\n')
    .replace(
      /(\]\()([^)]*)(\))/g,
      (_, open: string, address: string, close: string) => open + blank(address) + close,
    )
    .replace(
      /^(\s*\[[^\]\n]+\]:)(.*)$/gm,
      (_, label: string, address: string) => label + blank(address),
    )
    .replace(/\[#[^\]\s]*\]/g, blank);
  return { text, history: history.join('\n') };
}

function placeIn(text: string, index: number): Place {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/** Every forbidden variant in a text: index, the variant and its term; overlaps keep the longest. */
function variantsIn(text: string, terms: readonly Term[], locale: Locale) {
  const found: { index: number; variant: string; term: Term }[] = [];
  for (const term of terms) {
    for (const variant of term.forbidden[locale]) {
      for (let i = text.indexOf(variant); i !== -1; i = text.indexOf(variant, i + variant.length)) {
        found.push({ index: i, variant, term });
      }
    }
  }
  found.sort((a, b) => a.index - b.index || b.variant.length - a.variant.length);
  return found.filter((f, i) => {
    const prev = found[i - 1];
    return !prev || f.index >= prev.index + prev.variant.length;
  });
}

const termName = (term: Term, locale: Locale) => term.use[locale][0] ?? '';

function variantProblem(
  file: string,
  place: Place,
  variant: string,
  term: Term,
  locale: Locale,
  glossary: string,
  key?: string,
): Finding {
  const use = termName(term, locale);
  const where = key ? ` in the interface string ${key}` : '';
  return {
    file,
    ...place,
    message: `"${variant}"${where} is a variant the glossary does not allow: write "${use}"`,
    hint: `${glossary} lists "${variant}" as a variant to avoid for "${use}" (${term.use.en.join(' / ')})${term.note ? `: ${term.note}` : ''}`,
  };
}

function checkDocuments(
  files: readonly CheckedFile[],
  terms: readonly Term[],
  glossary: string,
): Finding[] {
  const problems: Finding[] = [];
  const current = files.filter((f) => !f.version);
  for (const f of current) {
    const text = readableText(f.source);
    for (const { index, variant, term } of variantsIn(text, terms, f.locale)) {
      problems.push(
        variantProblem(f.file, placeIn(text, index), variant, term, f.locale, glossary),
      );
    }
  }
  for (const english of current.filter((f) => f.locale === 'en')) {
    const chinese = counterpart(files, english, defaultLocale);
    if (!chinese) continue;
    const enText = readableText(english.source);
    const zhText = readableText(chinese.source);
    for (const term of terms) {
      const zh = termName(term, 'zh-CN');
      const used = term.use.en
        .map((en) => ({ en, index: enText.indexOf(en) }))
        .filter((u) => u.index !== -1)
        .sort((a, b) => a.index - b.index)[0];
      if (!used || zhText.includes(zh)) continue;
      const at = placeIn(enText, used.index);
      problems.push({
        file: chinese.file,
        ...counterpartPlace(chinese, english, at.line),
        message: `the English text uses "${used.en}" (${english.file}:${at.line}:${at.column}), but this text never writes "${zh}"`,
        hint: `${glossary} gives "${zh}" as the Chinese for "${used.en}": use it where the English uses the term`,
      });
    }
  }
  return problems;
}

/**
 * Where `chinese` should use a term that `english` uses on a line: the same frontmatter field,
 * the first line of the introduction, or the heading of the same section.
 */
function counterpartPlace(chinese: CheckedFile, english: CheckedFile, line: number): Place {
  const lines = (source: string) => source.replace(/\r\n?/g, '\n').split('\n');
  const enLines = lines(english.source);
  const frontEnd = enLines.indexOf('---', 1) + 1;
  if (line <= frontEnd) {
    const field = /^([A-Za-z]+):/.exec(
      enLines.slice(0, line).findLast((l) => /^[A-Za-z]+:/.test(l)) ?? '',
    )?.[1];
    return field ? fieldPlace(chinese.source, field) : { line: 1, column: 1 };
  }
  const section = english.doc.toc.filter((e) => e.level === 2 && e.line <= line).at(-1);
  const heading = section && chinese.doc.toc.find((e) => e.id === section.id);
  if (heading) return { line: heading.line, column: 1 };
  const zhLines = lines(chinese.source);
  const body = zhLines.indexOf('---', 1) + 1;
  const first = zhLines.findIndex((l, i) => i >= body && l.trim() !== '');
  return { line: first === -1 ? 1 : first + 1, column: 1 };
}

function checkInterface(
  files: readonly InterfaceFile[],
  terms: readonly Term[],
  glossary: string,
): Finding[] {
  const problems: Finding[] = [];
  for (const f of files) {
    for (const s of f.strings) {
      for (const { index, variant, term } of variantsIn(s.raw, terms, f.locale)) {
        problems.push(
          variantProblem(
            f.file,
            f.place(s.offset + index),
            variant,
            term,
            f.locale,
            glossary,
            s.key,
          ),
        );
      }
    }
  }
  for (const english of files.filter((f) => f.locale === 'en')) {
    const chinese = files.find((f) => f.locale === defaultLocale && f.group === english.group);
    if (!chinese) continue;
    const byKey = new Map(chinese.strings.map((s) => [s.key, s]));
    for (const s of english.strings) {
      const other = byKey.get(s.key);
      if (!other) continue;
      for (const term of terms) {
        const en = term.use.en.find((e) => s.value.includes(e));
        const zh = termName(term, 'zh-CN');
        if (!en || other.value.includes(zh)) continue;
        problems.push({
          file: chinese.file,
          ...chinese.place(other.offset + 1),
          message: `the interface string ${s.key} uses "${en}" in English, but not "${zh}" here`,
          hint: `${glossary} gives "${zh}" as the Chinese for "${en}"`,
        });
      }
    }
  }
  return problems;
}

function check({ files, glossary, interfaceFiles, scans }: RuleContext): Finding[] {
  // A glossary.yaml that does not parse is reported instead of being held against the texts.
  if (!glossary) return [...scans.glossary];
  return [
    ...checkDocuments(files, glossary.terms, glossary.file),
    ...checkInterface(interfaceFiles, glossary.terms, glossary.file),
  ];
}
