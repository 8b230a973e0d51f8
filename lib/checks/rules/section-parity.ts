// Rule: every language version has the same sections, with the same ids, levels and order, so a
// deep link such as #cookies works in both languages and the language switch keeps the place.
// A missing section is reported where it belongs, and a lost [#id] at the heading that lost it.
import { defaultLocale } from '@/i18n/routing';
import type { Finding } from '@/lib/mdx/problem';
import type { TocEntry } from '@/lib/mdx/rehype-toc';
import { SECTION_ID } from '@/lib/mdx/remark-heading-id';
import {
  counterpart,
  type CheckedFile,
  type Rule,
  type RuleContext,
} from '@/lib/checks/rules/rule';

export const sectionParity: Rule = {
  id: 'section-parity',
  description: {
    en: 'language versions whose section ids, order or heading levels differ, or a heading without its `[#id]`',
    'zh-CN': '两种语言版本的章节 id、顺序或标题级别不一致，或标题后未写 `[#id]`',
  },
  check,
};

/** True when the heading's line in the source ends with an explicit id, as in `## Title [#id]`. */
function hasExplicitId(file: CheckedFile, entry: TocEntry): boolean {
  const line = file.source.replace(/\r\n?/g, '\n').split('\n')[entry.line - 1] ?? '';
  return /\[#[^\]]*\]\s*$/.test(line);
}

/**
 * Where the reference's i-th section belongs in the other file: before the heading that follows
 * the last section both have, or after that section when nothing follows it.
 */
function placeFor(ref: readonly TocEntry[], mine: readonly TocEntry[], i: number) {
  for (let k = i - 1; k >= 0; k -= 1) {
    const j = mine.findIndex((e) => e.id === ref[k]?.id);
    if (j === -1) continue;
    const next = mine[j + 1];
    return next ? { heading: next, before: true } : { heading: mine[j], before: false };
  }
  return { heading: mine[0], before: true };
}

function compare(reference: CheckedFile, other: CheckedFile): Finding[] {
  const problems: Finding[] = [];
  const ref = reference.doc.toc;
  const mine = other.doc.toc;
  const at = (line: number, column = 1) => ({ file: other.file, line, column });
  const refIds = new Set(ref.map((e) => e.id));
  const mineIds = new Set(mine.map((e) => e.id));
  // Headings of this file already explained as a heading that lost its [#id].
  const explained = new Set<TocEntry>();

  for (const [index, entry] of ref.entries()) {
    if (mineIds.has(entry.id)) continue;
    const { heading: there, before } = placeFor(ref, mine, index);
    // A heading in that very place with an id of its own making: one of the two lost its [#id]
    // (rehype-slug then made one from the title), and that heading is where to write it back.
    if (there && before && !refIds.has(there.id)) {
      const lostHere = !hasExplicitId(other, there);
      if (lostHere || !hasExplicitId(reference, entry)) {
        explained.add(there);
        const [lost, kept] = lostHere ? [there, entry] : [entry, there];
        const [lostFile, keptFile] = lostHere ? [other, reference] : [reference, other];
        problems.push({
          file: lostFile.file,
          line: lost.line,
          column: 1,
          message: `heading "${lost.title}" has no id: ${keptFile.file}:${kept.line} gives this section the id "${kept.id}"`,
          hint: `write [#${kept.id}] at the end of the heading`,
        });
        continue;
      }
    }
    const where = there ? (before ? 'before this heading' : 'after this heading') : 'here';
    problems.push({
      ...at(there?.line ?? 1),
      message: `section "${entry.id}" is missing ${where}: ${reference.file}:${entry.line} has it ("${entry.title}")`,
      hint: `translate that section here with the same id, written after its heading: [#${entry.id}]`,
    });
  }
  for (const entry of mine.filter((e) => !refIds.has(e.id) && !explained.has(e))) {
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

/**
 * Headings written without an explicit id, not already reported by compare: their id comes from
 * their title, so it changes when the title is reworded and every link to the section breaks.
 */
function headingsWithoutId(
  pair: readonly [CheckedFile, CheckedFile],
  reported: Finding[],
): Finding[] {
  return pair.flatMap((file, side) => {
    const opposite = pair[1 - side]!;
    return file.doc.toc.flatMap((entry, index): Finding[] => {
      if (hasExplicitId(file, entry)) return [];
      if (reported.some((p) => p.file === file.file && p.line === entry.line)) return [];
      const there = opposite.doc.toc[index];
      const id =
        there && hasExplicitId(opposite, there)
          ? there.id
          : SECTION_ID.test(entry.id)
            ? entry.id
            : 'section-name';
      const source = there
        ? `: ${opposite.file}:${there.line} gives this section the id "${there.id}"`
        : '';
      return [
        {
          file: file.file,
          line: entry.line,
          column: 1,
          message: `heading "${entry.title}" has no id${source}`,
          hint: `write [#${id}] at the end of the heading`,
        },
      ];
    });
  });
}

function check({ files }: RuleContext): Finding[] {
  return files
    .filter((f) => f.locale !== defaultLocale)
    .flatMap((other) => {
      const reference = counterpart(files, other, defaultLocale);
      if (!reference) return [];
      const problems = compare(reference, other);
      return [...problems, ...headingsWithoutId([reference, other], problems)];
    });
}
