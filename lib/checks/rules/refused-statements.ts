// Rule: no current document makes a statement the legal review refused
// (content/refused-statements.yaml), such as a consent drawn from browsing in the Site Terms or a
// trademark licence that no source states. Each is reported where it is written, with the reason.
// Archived versions are what was published; the fields that describe a change may quote it. An
// entry refused `in: [summaries]` is looked for in those fields instead, in every version: a
// change summary says what changed, never that a statement was dropped for want of a source. One
// refused `in: [errata]` is looked for in the notes of corrections and earlier publications: a
// note says what was corrected, never that the corrected text is now complete.
import { locales, type Locale } from '@/i18n/routing';
import type { RefusedStatement } from '@/lib/content/refused-statements';
import type { Finding } from '@/lib/mdx/problem';
import type { Rule, RuleContext } from '@/lib/checks/rules/rule';
import { splitHistory } from '@/lib/checks/rules/terminology';

export const refusedStatements: Rule = {
  id: 'refused-statements',
  description: {
    en: 'a phrase `content/refused-statements.yaml` lists for the documents it names: a consent drawn from browsing in the Site Terms or the Legal notice, a trademark ownership or licence no source states, a change summary that concedes a statement had no source, a note on a correction that calls the corrected text complete',
    'zh-CN':
      '`content/refused-statements.yaml` 针对所列文件否定的表述，例如在《网站条款》或《法律声明》中将浏览网站视为同意、没有任何来源支持的商标归属或许可，承认某项表述缺乏来源的修订说明，或称更正后的文本已无遗漏的更正说明',
  },
  check,
};

/** Every place `phrases` stand in `text` (case does not matter), as problems of `file`. */
function findIn(
  file: string,
  text: string,
  phrases: readonly string[],
  statement: RefusedStatement,
  listed: string,
): Finding[] {
  const haystack = text.toLowerCase();
  const problems: Finding[] = [];
  for (const phrase of phrases) {
    const needle = phrase.toLowerCase();
    for (
      let i = haystack.indexOf(needle);
      i !== -1;
      i = haystack.indexOf(needle, i + needle.length)
    ) {
      const before = haystack.slice(0, i);
      problems.push({
        file,
        line: before.split('\n').length,
        column: i - before.lastIndexOf('\n'),
        message: `"${phrase}" makes a statement the legal review refused: ${statement.reason}`,
        hint: `rewrite the sentence without it (${listed} lists it)`,
      });
    }
  }
  return problems;
}

/** A record's text with only the lines of one language's notes kept, every place unchanged. */
const notesIn = (source: string, locale: Locale): string =>
  source
    .split('\n')
    .map((line) => (new RegExp(`^\\s*${locale}:`).test(line) ? line : line.replace(/[^\n]/g, ' ')))
    .join('\n');

function check({ files, records, refused, scans }: RuleContext): Finding[] {
  // A refused-statements.yaml that does not parse is reported instead of being applied.
  if (!refused) return [...scans.refusedStatements];
  const problems: Finding[] = [];
  const applies = (statement: RefusedStatement, slug: string) =>
    !statement.documents || statement.documents.includes(slug);
  for (const statement of refused.statements) {
    for (const f of files) {
      if (!applies(statement, f.slug)) continue;
      const parts = splitHistory(f.source);
      const searched = [
        ...(statement.in.includes('text') && !f.version ? [parts.text] : []),
        ...(statement.in.includes('summaries') ? [parts.history] : []),
      ];
      for (const text of searched) {
        problems.push(
          ...findIn(f.file, text, statement.phrases[f.locale], statement, refused.file),
        );
      }
    }
    if (!statement.in.includes('errata')) continue;
    for (const record of records) {
      if (!applies(statement, record.slug)) continue;
      for (const locale of locales) {
        const notes = notesIn(record.source, locale);
        problems.push(
          ...findIn(record.file, notes, statement.phrases[locale], statement, refused.file),
        );
      }
    }
  }
  return problems;
}
