// Rule: a translation's revisions form a true record. Only a translation (a file whose language
// is not prevailingLanguage) can be revised without a new version; each revision is dated after
// the version it revises was published, not in the future, and later than the one before, so
// the dated notes on the pages read in order.
import type { Finding } from '@/lib/mdx/problem';
import { type CheckedFile, type Rule, type RuleContext } from '@/lib/checks/rules/rule';

export const translationRevisions: Rule = {
  id: 'translation-revisions',
  description: {
    en: "`translationRevisions` in the text that prevails, or a revision dated in the future, not after its version's `lastUpdated`, or out of order",
    'zh-CN':
      '出现在作为准据的文本中的 `translationRevisions`，或修订日期晚于当天、不晚于该版本的 `lastUpdated`、未按时间顺序排列',
  },
  check,
};

/** The line and column of the n-th "- date:" entry under translationRevisions. */
function entryPlace(source: string, index: number): { line: number; column: number } {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((l) => l.startsWith('translationRevisions:'));
  if (start === -1) return { line: 1, column: 1 };
  let seen = -1;
  for (let i = start + 1; i < lines.length && /^\s/.test(lines[i] ?? ''); i++) {
    const match = /^(\s*-\s*)date:\s*/.exec(lines[i] ?? '');
    if (match && ++seen === index) return { line: i + 1, column: match[0].length + 1 };
  }
  return { line: start + 1, column: 1 };
}

function revisionProblems(f: CheckedFile, today: string): Finding[] {
  const {
    translationRevisions: revisions = [],
    prevailingLanguage,
    lastUpdated,
  } = f.doc.frontmatter;
  const at = (index: number) => ({ file: f.file, ...entryPlace(f.source, index) });
  if (revisions.length > 0 && f.locale === prevailingLanguage) {
    return [
      {
        ...at(0),
        message: `translationRevisions is only for a translation, and this ${f.locale} text prevails (prevailingLanguage: ${prevailingLanguage})`,
        hint: 'a change to the text that prevails is a new version: npm run content:archive, then edit and set lastUpdated and changeSummary',
      },
    ];
  }
  return revisions.flatMap(({ date }, index): Finding[] => {
    const earlier = revisions[index - 1]?.date;
    if (date > today) {
      return [
        {
          ...at(index),
          message: `translation revision ${date} is in the future (today is ${today} in Beijing)`,
          hint: 'add the revision on the day the revised translation is published',
        },
      ];
    }
    if (date <= lastUpdated) {
      return [
        {
          ...at(index),
          message: `translation revision ${date} is not after the version's lastUpdated ${lastUpdated}`,
          hint: 'a revision is made after its version is published; a change made with the version needs no revision note',
        },
      ];
    }
    if (earlier && date <= earlier) {
      return [
        {
          ...at(index),
          message: `translation revision ${date} is not after the revision before it (${earlier})`,
          hint: 'list the revisions oldest first, one per day; put two changes of one day in one summary',
        },
      ];
    }
    return [];
  });
}

function check({ files, today }: RuleContext): Finding[] {
  return files.flatMap((f) => revisionProblems(f, today));
}
