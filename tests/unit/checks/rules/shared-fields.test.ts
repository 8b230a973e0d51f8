// The shared-fields rule: the fields that describe a version as a whole are the same in both
// languages.
import { describe, expect, it } from 'vitest';
import { messages, ruleFixture } from '@/tests/unit/helpers/content-rules';

describe('shared-fields', () => {
  it('reports dates, effective dates and prevailing languages that differ between languages', async () => {
    const dir = ruleFixture('shared-fields');
    expect(await messages('shared-fields')).toEqual([
      `${dir}/effective/en.mdx:5:12  [shared-fields] effective 2020-02-01 differs from 2020-01-01 in ${dir}/effective/zh-CN.mdx`,
      `${dir}/last-updated/en.mdx:4:14  [shared-fields] lastUpdated 2020-01-02 differs from 2020-01-01 in ${dir}/last-updated/zh-CN.mdx`,
      `${dir}/prevailing/en.mdx:5:21  [shared-fields] prevailingLanguage en differs from zh-CN in ${dir}/prevailing/zh-CN.mdx`,
    ]);
  });
});
