// The refused-statements rule: no current document makes a statement the legal review refused.
import { describe, expect, it } from 'vitest';
import { messages, ruleFixture } from '@/tests/unit/helpers/content-rules';

describe('refused-statements', () => {
  it('reports statements the legal review refused, in the documents they are refused for', async () => {
    const dir = ruleFixture('refused-statements');
    const consent = 'makes a statement the legal review refused: using the site is not consent';
    const licence = 'makes a statement the legal review refused: no source states a licence';
    expect(await messages('refused-statements')).toEqual([
      // Refused in summaries only: the same words in the text are not reported.
      `${dir}/history/en.mdx:6:53  [refused-statements] "no source states" makes a statement the legal review refused: a summary says what changed`,
      `${dir}/policy/zh-CN.mdx:10:21  [refused-statements] "经许可使用" ${licence}`,
      `${dir}/terms/en.mdx:10:34  [refused-statements] "by using it you accept" ${consent}`,
      `${dir}/terms/en.mdx:10:82  [refused-statements] "under license" ${licence}`,
      `${dir}/terms/zh-CN.mdx:10:6  [refused-statements] "即表示您接受" ${consent}`,
    ]);
  });

  it('reports an entry of refused-statements.yaml that does not say why', async () => {
    const file = `${ruleFixture('refused-statements/_bad-file')}/refused-statements.yaml`;
    expect(await messages('refused-statements/_bad-file')).toEqual([
      `${file}:2:5  [refused-statements] refused-statements.yaml field "statements.0.reason" is missing`,
    ]);
  });
});
