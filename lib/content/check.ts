// Checks every document in every language and returns every problem at once, so an editor can
// fix them all in one pass. `npm run check:content` prints them; the build refuses to publish
// while any remain.
import { locales } from '@/i18n/routing';
import { compileFile, contentDir, displayPath, documentFile, exists, scanDocuments } from './library';
import { ContentError, type Problem } from './problem';
import { dates } from './rules/dates';
import { internalLinks } from './rules/internal-links';
import type { CheckedFile, Rule } from './rules/rule';
import { sectionParity } from './rules/section-parity';
import { uniqueIds } from './rules/unique-ids';

const rules: readonly Rule[] = [sectionParity, uniqueIds, internalLinks, dates];

/** Today's date in Beijing, where the documents are dated, as YYYY-MM-DD. */
export function todayInBeijing(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

export type CheckResult = { documents: number; files: number; problems: Problem[] };

export async function checkContent({
  dir = contentDir(),
  today = todayInBeijing(),
}: { dir?: string; today?: string } = {}): Promise<CheckResult> {
  const { slugs, problems } = await scanDocuments(dir);
  const files: CheckedFile[] = [];
  for (const slug of slugs) {
    for (const locale of locales) {
      const path = documentFile(slug, locale, dir);
      if (!(await exists(path))) continue; // reported by scanDocuments
      try {
        const { source, doc } = await compileFile(path);
        files.push({ slug, locale, file: displayPath(path), source, doc });
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        problems.push(...error.problems);
      }
    }
  }
  const context = { slugs, files, today };
  problems.push(...rules.flatMap((rule) => rule(context)));
  problems.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
  return { documents: slugs.length, files: files.length, problems };
}

let verdict: Promise<void> | undefined;

/**
 * Throws a ContentError listing every problem, once per process. The document route calls it
 * while the build collects its pages, so nothing is published while a check fails, even when
 * `next build` is run without `npm run check:content` first.
 */
export function assertContentPublishable(): Promise<void> {
  verdict ??= checkContent().then(({ problems }) => {
    if (problems.length > 0) throw new ContentError(problems);
  });
  return verdict;
}
