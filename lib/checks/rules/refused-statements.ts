// Rule: no current document makes a statement the legal review refused
// (content/refused-statements.yaml), such as a consent drawn from browsing in the Site Terms or a
// trademark licence that no source states. Each is reported where it is written, with the reason.
// Archived versions are what was published; the fields that describe a change may quote it. An
// entry refused `in: [summaries]` is looked for in those fields instead, in every version: a
// change summary says what changed, never that a statement was dropped for want of a source.
import type { Finding } from '@/lib/mdx/problem';
import type { Rule, RuleContext } from '@/lib/checks/rules/rule';
import { splitHistory } from '@/lib/checks/rules/terminology';

export const refusedStatements: Rule = {
  id: 'refused-statements',
  description: {
    en: 'a phrase `content/refused-statements.yaml` lists for the documents it names: a consent drawn from browsing in the Site Terms or the Legal notice, a trademark ownership or licence no source states, a change summary that concedes a statement had no source',
    'zh-CN':
      '`content/refused-statements.yaml` 针对所列文件否定的表述，例如在《网站条款》或《法律声明》中将浏览网站视为同意、没有任何来源支持的商标归属或许可，或承认某项表述缺乏来源的修订说明',
  },
  check,
};

function check({ files, refused, scans }: RuleContext): Finding[] {
  // A refused-statements.yaml that does not parse is reported instead of being applied.
  if (!refused) return [...scans.refusedStatements];
  const problems: Finding[] = [];
  for (const f of files) {
    const parts = splitHistory(f.source);
    for (const statement of refused.statements) {
      if (statement.documents && !statement.documents.includes(f.slug)) continue;
      const searched = [
        ...(statement.in.includes('text') && !f.version ? [parts.text] : []),
        ...(statement.in.includes('summaries') ? [parts.history] : []),
      ];
      for (const text of searched.map((t) => t.toLowerCase())) {
        for (const phrase of statement.phrases[f.locale]) {
          const needle = phrase.toLowerCase();
          for (
            let i = text.indexOf(needle);
            i !== -1;
            i = text.indexOf(needle, i + needle.length)
          ) {
            const before = text.slice(0, i);
            problems.push({
              file: f.file,
              line: before.split('\n').length,
              column: i - before.lastIndexOf('\n'),
              message: `"${phrase}" makes a statement the legal review refused: ${statement.reason}`,
              hint: `rewrite the sentence without it (${refused.file} lists it)`,
            });
          }
        }
      }
    }
  }
  return problems;
}
