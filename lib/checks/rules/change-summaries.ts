// Rule: a change summary quotes only words that were or are in the text. A phrase it puts in
// quotation marks (“…”) must stand in the version it describes or in the version before it, in the
// same language: a summary that quotes a sentence the old text never contained tells readers of
// the history something that was never published.
import type { Finding } from '@/lib/mdx/problem';
import { fieldPlace, type CheckedFile, type Rule, type RuleContext } from '@/lib/checks/rules/rule';
import { readableText } from '@/lib/checks/rules/terminology';

export const changeSummaries: Rule = {
  id: 'change-summaries',
  description: {
    en: 'a `changeSummary` that quotes (“…”) words found neither in its version nor in the version before it',
    'zh-CN': '`changeSummary` 中引用（“…”）的文字既不见于本版本，也不见于前一版本',
  },
  check,
};

/** Text compared without the spacing and line breaks that Markdown does not show. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ');

function check({ files }: RuleContext): Finding[] {
  const problems: Finding[] = [];
  // A document's versions in one language, oldest first; the text in force (no version) last.
  const order = (f: CheckedFile) => f.version ?? '9999-12-31';
  for (const f of files) {
    const summary = f.doc.frontmatter.changeSummary;
    if (!summary) continue;
    const siblings = files
      .filter((x) => x.slug === f.slug && x.locale === f.locale)
      .sort((a, b) => order(a).localeCompare(order(b)));
    const before = siblings[siblings.indexOf(f) - 1];
    const texts = [f, ...(before ? [before] : [])].map((x) => squeeze(readableText(x.source)));
    for (const [, quoted] of summary.matchAll(/“([^”]+)”/g)) {
      const words = squeeze(quoted!.trim());
      if (texts.some((t) => t.includes(words))) continue;
      problems.push({
        file: f.file,
        ...fieldPlace(f.source, 'changeSummary'),
        message: `changeSummary quotes “${words}”, which is neither in this version nor in the version before it${before ? ` (${before.file})` : ''}`,
        hint: 'quote the words as the text has (or had) them, or say what changed without quotation marks',
      });
    }
  }
  return problems;
}
