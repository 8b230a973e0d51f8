// The mdx-components rule: component tags the site does not render, or used in a way it does not.
import { describe, expect, it } from 'vitest';
import { messages, ruleFixture } from '@/tests/unit/helpers/content-rules';

describe('mdx-components', () => {
  it('reports component tags the site does not render, with attributes or around paragraphs', async () => {
    const dir = `${ruleFixture('mdx-components')}/doc`;
    expect(await messages('mdx-components')).toEqual([
      `${dir}/en.mdx:10:56  [mdx-components] <Kye> is not a component the site knows`,
      `${dir}/en.mdx:16:6  [mdx-components] <Key> takes no attributes (found id)`,
      `${dir}/en.mdx:18:1  [mdx-components] <Key> holds whole paragraphs or a list`,
      `${dir}/zh-CN.mdx:10:25  [mdx-components] an empty tag "<>" is not allowed`,
    ]);
  });
});
