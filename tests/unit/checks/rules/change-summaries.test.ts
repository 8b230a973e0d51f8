// The change-summaries rule: what a change summary quotes stands in its version or the one before.
import { describe, expect, it } from 'vitest';
import { messages, ruleFixture } from '@/tests/unit/helpers/content-rules';

describe('change-summaries', () => {
  it('reports a quotation found in neither version, and passes the old and the new words', async () => {
    const dir = ruleFixture('change-summaries');
    expect(await messages('change-summaries')).toEqual([
      `${dir}/notice/en.mdx:6:16  [change-summaries] changeSummary quotes “by visiting you accept”, which is neither in this version nor in the version before it (${dir}/notice/versions/2020-01-01/en.mdx)`,
    ]);
  });
});
