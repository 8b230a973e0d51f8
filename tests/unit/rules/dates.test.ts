// The dates rule: no lastUpdated later than today in Beijing.
import { describe, expect, it } from 'vitest';
import { messages, ruleFixture, TODAY } from '../helpers/content-rules';

describe('dates', () => {
  it('reports a lastUpdated in the future', async () => {
    const dir = ruleFixture('dates');
    expect(await messages('dates')).toEqual([
      `${dir}/future/en.mdx:4:14  [dates] lastUpdated 2999-01-01 is in the future (today is ${TODAY} in Beijing)`,
      `${dir}/future/zh-CN.mdx:4:14  [dates] lastUpdated 2999-01-01 is in the future (today is ${TODAY} in Beijing)`,
    ]);
    // The same folder passes on the day the future date arrives.
    expect(await messages('dates', '2999-01-01')).toEqual([]);
  });
});
