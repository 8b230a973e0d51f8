// Rule: no current document makes a statement the legal review refused
// (content/refused-statements.yaml), such as a consent drawn from browsing in the Site Terms or a
// trademark licence that no source states. Each is reported where it is written, with the reason.
// Archived versions are what was published; the fields that describe a change may quote it.
import type { Problem } from '../problem';
import type { Rule } from './rule';
import { readableText } from './terminology';

export const refusedStatements: Rule = ({ files, refused }) => {
  if (!refused) return [];
  const problems: Problem[] = [];
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
};
