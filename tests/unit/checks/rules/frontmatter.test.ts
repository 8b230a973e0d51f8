// The frontmatter rule: fields unknown, missing or malformed, each at its line.
import { describe, expect, it } from 'vitest';
import { messages, ruleFixture } from '@/tests/unit/helpers/content-rules';

describe('frontmatter', () => {
  it('reports frontmatter fields that are unknown, missing or malformed', async () => {
    const file = `${ruleFixture('frontmatter')}/doc/en.mdx`;
    expect(await messages('frontmatter')).toEqual([
      `${file}:2:1  [frontmatter] frontmatter field "title" is missing`,
      `${file}:2:1  [frontmatter] frontmatter field "titel" is not allowed`,
      `${file}:4:1  [frontmatter] frontmatter field "lastUpdated" is not a real calendar date`,
    ]);
  });
});
