// Rule: the versions of a document form a clean history. Each archived version is a folder named
// by its date holding every language; an archived text keeps the date it was published under;
// the current text is newer than every archived one; each version takes effect after the one
// before it (so every version is in force for a while); and every version after the first says
// what it changed, in its own words (not the summary copied from its predecessor).
import { effectiveDate } from '@/lib/mdx/frontmatter';
import type { Finding } from '@/lib/mdx/problem';
import { VERSIONS_FOLDER } from '@/lib/versions/versions';
import { fieldPlace, type CheckedFile, type Rule, type RuleContext } from '@/lib/checks/rules/rule';

export const versions: Rule = {
  id: 'versions',
  description: {
    en: "an archived version folder that is not a date or lacks a language, an archived text whose `lastUpdated` is not its folder's date, a current text not newer than every archived one, a version that does not take effect after the one before it, a `changeSummary` missing or copied from the version before",
    'zh-CN':
      '不以日期命名或缺少语言文件的存档版本文件夹、`lastUpdated` 与文件夹日期不符的存档文本、不晚于全部存档版本的现行文本、生效日期不晚于上一版本的版本，以及缺少或沿用上一版本的 `changeSummary`',
  },
  check,
};

const SUMMARY_EXAMPLE = 'changeSummary: Adds a section on how long account information is kept.';

function problemAt(f: CheckedFile, field: string, message: string, hint: string): Finding {
  return { file: f.file, ...fieldPlace(f.source, field), message, hint };
}

/** The versions of one document in one language, oldest first, as far as they are in order. */
function history(files: readonly CheckedFile[], current: CheckedFile): [Finding[], CheckedFile[]] {
  const archived = files
    .filter((f) => f.slug === current.slug && f.locale === current.locale && f.version)
    .sort((a, b) => (a.version ?? '').localeCompare(b.version ?? ''));
  const problems: Finding[] = [];
  for (const f of archived) {
    if (f.doc.frontmatter.lastUpdated !== f.version) {
      problems.push(
        problemAt(
          f,
          'lastUpdated',
          `lastUpdated ${f.doc.frontmatter.lastUpdated} does not match the version folder ${f.version}`,
          'an archived version is not edited: restore its lastUpdated to the folder name, and make changes in the current text instead',
        ),
      );
    }
  }
  const newest = archived.at(-1)?.version;
  const date = current.doc.frontmatter.lastUpdated;
  if (newest && date <= newest) {
    problems.push(
      problemAt(
        current,
        'lastUpdated',
        date === newest
          ? `this text is already archived as version ${newest} (${VERSIONS_FOLDER}/${newest}/)`
          : `lastUpdated ${date} is earlier than the archived version ${newest}`,
        'after npm run content:archive, edit the text, then set lastUpdated to the date of the change and changeSummary to what changed',
      ),
    );
    return [problems, archived];
  }
  return [problems, [...archived, current]];
}

function check({ files, scans }: RuleContext): Finding[] {
  // A version folder that is not a date or lacks a language, found while listing the folders.
  return [...scans.versions, ...histories(files)];
}

function histories(files: readonly CheckedFile[]): Finding[] {
  return files
    .filter((f) => !f.version)
    .flatMap((current) => {
      const [problems, sequence] = history(files, current);
      for (const [index, f] of sequence.entries()) {
        const previous = sequence[index - 1];
        if (!previous) continue;
        const summary = f.doc.frontmatter.changeSummary;
        const since = previous.doc.frontmatter.lastUpdated;
        const [effective, before] = [f, previous].map((v) => effectiveDate(v.doc.frontmatter));
        if (effective! <= before!) {
          problems.push(
            problemAt(
              f,
              f.doc.frontmatter.effective ? 'effective' : 'lastUpdated',
              `this version takes effect on ${effective}, not after the version of ${since} (effective ${before})`,
              `each version takes effect after the one before it, or the earlier one would never be in force: set effective to a day after ${before}`,
            ),
          );
        }
        if (!summary) {
          problems.push(
            problemAt(
              f,
              'lastUpdated',
              `changeSummary is missing: say what changed since the version of ${since}`,
              `add a field under lastUpdated, for example: ${SUMMARY_EXAMPLE}`,
            ),
          );
        } else if (summary === previous.doc.frontmatter.changeSummary) {
          problems.push(
            problemAt(
              f,
              'changeSummary',
              `changeSummary is the same as in the version of ${since}`,
              'it was copied from the earlier version; replace it with what changed in this one',
            ),
          );
        }
      }
      return problems;
    });
}
