// The mdx-expressions rule: code in a document, each at its place with the escape to write. The
// fixture's <b> is the mdx-components rule's, reported with it.
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/checks/check';
import { formatProblem } from '@/lib/mdx/problem';
import { ruleFixture, TODAY } from '@/tests/unit/helpers/content-rules';

describe('mdx-expressions', () => {
  it('reports code: MDX expressions, import and export lines, and HTML tags', async () => {
    const dir = `${ruleFixture('mdx-expressions')}/doc`;
    const { problems } = await checkContent({ dir: ruleFixture('mdx-expressions'), today: TODAY });
    expect(problems.map(formatProblem)).toEqual([
      `${dir}/en.mdx:10:10  [mdx-expressions] "{waived}" is an MDX expression, which runs as code\n    hint: to show the braces themselves, write \\{waived\\}`,
      `${dir}/en.mdx:12:1  [mdx-expressions] "import { x } from "./y.js"" is an import line, which MDX runs as code\n    hint: remove the line; to begin a paragraph with the word "import", write its first letter as &#105;mport`,
      `${dir}/en.mdx:14:11  [mdx-components] <b> is an HTML tag, which documents do not use\n    hint: write the text in Markdown (**bold**, [words](/page/), - lists) or with <Key>…</Key> (a key clause drawn to the reader’s attention, shown bold and underlined). To show a "<" itself, write \\<`,
      `${dir}/en.mdx:16:1  [mdx-expressions] "{1 + 1}" is an MDX expression, which runs as code\n    hint: to show the braces themselves, write \\{1 + 1\\}`,
      `${dir}/zh-CN.mdx:10:3  [mdx-expressions] "{免除}" is an MDX expression, which runs as code\n    hint: to show the braces themselves, write \\{免除\\}`,
      `${dir}/zh-CN.mdx:12:1  [mdx-expressions] "export const a = 1" is an export line, which MDX runs as code\n    hint: remove the line; to begin a paragraph with the word "export", write its first letter as &#101;xport`,
    ]);
  });
});
