// The unique-ids rule: an id used twice, and a legacy anchor for a section that does not exist.
import { describe, expect, it } from 'vitest';
import { messages, ruleFixture } from '@/tests/unit/helpers/content-rules';

describe('unique-ids', () => {
  it('reports an id used twice and a legacy anchor for a missing section', async () => {
    const file = `${ruleFixture('unique-ids')}/doc/en.mdx`;
    const found = await messages('unique-ids');
    expect(found).toContain(
      `${file}:12:1  [unique-ids] id "one" is used twice in this document (first on line 10)`,
    );
    expect(found).toContain(
      `${file}:6:15  [unique-ids] legacyAnchors names the section "gone", which this document does not have`,
    );
    expect(found).toHaveLength(4);
  });
});
