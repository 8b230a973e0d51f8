// The mdx-syntax rule: text that does not compile, with how to write braces and "<" as text.
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/checks/check';
import { ruleFixture, TODAY } from '@/tests/unit/helpers/content-rules';

describe('mdx-syntax', () => {
  it('reports MDX that does not compile, with how to write braces and "<" as text', async () => {
    const dir = ruleFixture('mdx-syntax');
    const { problems } = await checkContent({ dir, today: TODAY });
    // An unclosed "{" is reported at the brace, not where MDX gave up looking for its end (the
    // end of a 700-character paragraph in mdx-syntax/brace).
    expect(problems.map((p) => [p.file, p.line, p.column, p.rule])).toEqual([
      [`${dir}/brace/en.mdx`, 10, 10, 'mdx-syntax'],
      [`${dir}/doc/en.mdx`, 10, 10, 'mdx-syntax'],
      [`${dir}/doc/zh-CN.mdx`, 10, 5, 'mdx-syntax'],
    ]);
    expect(problems[0]?.hint).toContain('write \\{ and \\}');
    expect(problems[2]?.hint).toContain('write \\<');
  });
});
