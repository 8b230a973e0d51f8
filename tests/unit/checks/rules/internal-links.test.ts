// The internal-links rule: links to pages and sections of this site that do not exist, or that
// are written so they would not open in the reader's language.
import { describe, expect, it } from 'vitest';
import { messages, ruleFixture } from '@/tests/unit/helpers/content-rules';

describe('internal-links', () => {
  it('reports links to missing pages and sections, language prefixes and full own addresses', async () => {
    const dir = ruleFixture('internal-links');
    const file = `${dir}/doc/en.mdx`;
    expect(await messages('internal-links')).toEqual([
      `${file}:10:3  [internal-links] link "/missing-page/" leads to no page of this site`,
      `${file}:11:3  [internal-links] link "#nowhere" points to a section "nowhere" that this document does not have`,
      `${file}:12:3  [internal-links] link "/other/#nowhere" points to a section "nowhere" that ${dir}/other/en.mdx does not have`,
      `${file}:13:3  [internal-links] link "/en/other/" names the language "en"`,
      `${file}:14:3  [internal-links] link "https://www.amazonaws.cn/en/other/#a" gives the full address of this site's own "other" page`,
      `${file}:15:3  [internal-links] link "/other" does not end its path with "/"`,
      `${file}:17:3  [internal-links] link "http://www.amazonaws.cn/contact-us/" reaches this site over http://`,
      `${dir}/doc/zh-CN.mdx:10:1  [internal-links] link "/zh-CN/other/#a" names the language "zh-CN"`,
    ]);
  });
});
