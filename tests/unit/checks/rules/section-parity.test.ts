// The section-parity rule: the language versions of a document have the same sections.
import { describe, expect, it } from 'vitest';
import { messages, ruleFixture } from '@/tests/unit/helpers/content-rules';

describe('section-parity', () => {
  it('reports sections that differ between languages in id, order or level', async () => {
    const dir = ruleFixture('section-parity');
    expect(await messages('section-parity')).toEqual([
      // Where the section belongs: before the heading that follows the last one both have.
      `${dir}/extra/en.mdx:10:1  [section-parity] section "two" is missing before this heading: ${dir}/extra/zh-CN.mdx:10 has it ("二")`,
      `${dir}/extra/en.mdx:10:1  [section-parity] section "three" has no counterpart in ${dir}/extra/zh-CN.mdx`,
      `${dir}/level/en.mdx:10:1  [section-parity] section "one-a" is a level 2 heading here but level 3 in ${dir}/level/zh-CN.mdx:10`,
      // A heading that lost its [#id], in either language, is reported at that heading.
      `${dir}/lost-id-zh/zh-CN.mdx:12:1  [section-parity] heading "二" has no id: ${dir}/lost-id-zh/en.mdx:12 gives this section the id "two"`,
      `${dir}/lost-id/en.mdx:12:1  [section-parity] heading "Two" has no id: ${dir}/lost-id/zh-CN.mdx:12 gives this section the id "two"`,
      `${dir}/order/en.mdx:8:1  [section-parity] section "two" is out of order: ${dir}/order/zh-CN.mdx:8 has "one" in this place`,
    ]);
  });
});
