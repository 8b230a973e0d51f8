// The archive-records rule: an archived text cannot change silently. The fixture's English text
// of 2020-01-01 was edited after its record was written, and a file was added beside it.
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/checks/check';
import { messages, ruleFixture, TODAY } from '@/tests/unit/helpers/content-rules';

describe('archive-records', () => {
  it('reports an archived text that differs from its record and a file the record does not name', async () => {
    const dir = ruleFixture('archive-records/doc/versions/2020-01-01');
    const found = await messages('archive-records');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(
      new RegExp(
        `^${dir}/en\\.mdx:1:1  \\[archive-records\\] this archived text differs from its record in SHA256SUMS \\(SHA-256 [0-9a-f]{64}, recorded [0-9a-f]{64}\\)$`,
      ),
    );
    expect(found[1]).toBe(
      `${dir}/notes.txt:1:1  [archive-records] notes.txt is not in the record of version 2020-01-01 (SHA256SUMS)`,
    );
  });

  it('tells the editor how to undo an accident and how to record a correction', async () => {
    const { problems } = await checkContent({ dir: ruleFixture('archive-records'), today: TODAY });
    expect(problems[0]?.hint).toContain('git checkout -- ');
    expect(problems[0]?.hint).toContain('npm run content:erratum -- doc 2020-01-01');
  });
});
