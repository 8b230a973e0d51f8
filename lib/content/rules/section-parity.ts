// Rule: every language version has the same sections, with the same ids, levels and order, so a
// deep link such as #cookies works in both languages and the language switch keeps the place.
import { defaultLocale } from '@/i18n/routing';
import type { Problem } from '../problem';
import { counterpart, type CheckedFile, type Rule } from './rule';

function compare(reference: CheckedFile, other: CheckedFile): Problem[] {
  const problems: Problem[] = [];
  const ref = reference.doc.toc;
  const mine = other.doc.toc;
  const at = (line: number, column = 1) => ({ file: other.file, line, column });
  const refIds = new Set(ref.map((e) => e.id));
  const mineIds = new Set(mine.map((e) => e.id));

  for (const entry of ref.filter((e) => !mineIds.has(e.id))) {
    problems.push({
      ...at(1),
      message: `section "${entry.id}" is missing: ${reference.file}:${entry.line} has it ("${entry.title}")`,
      hint: `translate that section here with the same id, written after its heading: [#${entry.id}]`,
    });
  }
  for (const entry of mine.filter((e) => !refIds.has(e.id))) {
    problems.push({
      ...at(entry.line),
      message: `section "${entry.id}" has no counterpart in ${reference.file}`,
      hint: 'every language needs the same sections; correct the id or add the section to the other language',
    });
  }
  if (problems.length > 0) return problems;

  for (const [index, entry] of mine.entries()) {
    const theirs = ref[index];
    if (!theirs) break;
    if (theirs.id !== entry.id) {
      problems.push({
        ...at(entry.line),
        message: `section "${entry.id}" is out of order: ${reference.file}:${theirs.line} has "${theirs.id}" in this place`,
        hint: 'put the sections in the same order in every language',
      });
      break;
    }
    if (theirs.level !== entry.level) {
      problems.push({
        ...at(entry.line),
        message: `section "${entry.id}" is a level ${entry.level} heading here but level ${theirs.level} in ${reference.file}:${theirs.line}`,
        hint: `start the heading with ${'#'.repeat(theirs.level)} as in the other language`,
      });
    }
  }
  return problems;
}

export const sectionParity: Rule = ({ files }) =>
  files
    .filter((f) => f.locale !== defaultLocale)
    .flatMap((other) => {
      const reference = counterpart(files, other, defaultLocale);
      return reference ? compare(reference, other) : [];
    });
