// The translation-revisions rule: a translation's revisions form a true record.
import { describe, expect, it } from 'vitest';
import { messages, ruleFixture, TODAY } from '@/tests/unit/helpers/content-rules';

describe('translation-revisions', () => {
  it('reports translation revisions out of order, too early, in the future or on the text that prevails', async () => {
    const dir = ruleFixture('translation-revisions');
    expect(await messages('translation-revisions')).toEqual([
      `${dir}/policy/zh-CN.mdx:9:11  [translation-revisions] translation revision 2021-03-01 is not after the revision before it (2021-05-01)`,
      `${dir}/policy/zh-CN.mdx:11:11  [translation-revisions] translation revision 2019-12-31 is not after the version's lastUpdated 2020-01-01`,
      `${dir}/policy/zh-CN.mdx:13:11  [translation-revisions] translation revision 2999-01-01 is in the future (today is ${TODAY} in Beijing)`,
      `${dir}/prevailing/zh-CN.mdx:7:11  [translation-revisions] translationRevisions is only for a translation, and this zh-CN text prevails (prevailingLanguage: zh-CN)`,
    ]);
  });
});
