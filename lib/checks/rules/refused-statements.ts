// Rule: no current document makes a statement the legal review refused
// (content/refused-statements.yaml), such as a consent drawn from browsing in the Site Terms or a
// trademark licence that no source states. Each is reported where it is written, with the reason.
// Archived versions are what was published; the fields that describe a change may quote it.
import type { Finding } from '../../mdx/problem';
import type { Rule, RuleContext } from './rule';
import { readableText } from './terminology';

export const refusedStatements: Rule = {
  id: 'refused-statements',
  description: {
    en: 'a phrase `content/refused-statements.yaml` lists for the documents it names: a consent drawn from browsing in the Site Terms or the Legal notice, a trademark ownership or licence no source states',
    'zh-CN':
      '`content/refused-statements.yaml` 针对所列文件否定的表述，例如在《网站条款》或《法律声明》中将浏览网站视为同意，或没有任何来源支持的商标归属或许可',
  },
  check,
};

function check({ files, refused, scans }: RuleContext): Finding[] {
  // A refused-statements.yaml that does not parse is reported instead of being applied.
  if (!refused) return [...scans.refusedStatements];
  const problems: Finding[] = [];
  for (const f of files.filter((file) => !file.version)) {
    const text = readableText(f.source).toLowerCase();
    for (const statement of refused.statements) {
      if (statement.documents && !statement.documents.includes(f.slug)) continue;
      for (const phrase of statement.phrases[f.locale]) {
        const needle = phrase.toLowerCase();
        for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) {
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
  return problems;
}
