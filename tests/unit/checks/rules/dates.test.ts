// The dates rule: no lastUpdated later than today in Beijing, and a date said to be the source's
// own is written in the text.
import { describe, expect, it } from 'vitest';
import { messages, ruleFixture, TODAY } from '@/tests/unit/helpers/content-rules';

describe('dates', () => {
  it('reports a lastUpdated in the future', async () => {
    const dir = ruleFixture('dates');
    const stated = `[dates] dateSource: source says the text states its date, but “March 9, 2017” (lastUpdated 2017-03-09) is not in the text`;
    expect(await messages('dates')).toEqual([
      `${dir}/future/en.mdx:4:14  [dates] lastUpdated 2999-01-01 is in the future (today is ${TODAY} in Beijing)`,
      `${dir}/future/zh-CN.mdx:4:14  [dates] lastUpdated 2999-01-01 is in the future (today is ${TODAY} in Beijing)`,
      // The Chinese text keeps its date line (2017年3月9日); the English lost it.
      `${dir}/stated/en.mdx:5:13  ${stated}`,
    ]);
    // The future date passes on its day; the missing date line does not.
    expect(await messages('dates', '2999-01-01')).toEqual([`${dir}/stated/en.mdx:5:13  ${stated}`]);
  });
});
