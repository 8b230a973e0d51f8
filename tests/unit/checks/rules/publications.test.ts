// The publications rule: the language that prevails in the text in force is the one its
// publication record names, the record names the text in force, and every earlier publication
// keeps its files as published.
import { describe, expect, it } from 'vitest';
import { messages, ruleFixture, TODAY } from '@/tests/unit/helpers/content-rules';

describe('publications', () => {
  it('reports a prevailing language changed in place, a stale record and broken kept files', async () => {
    const dir = ruleFixture('publications');
    const policy = `${dir}/policy/publications.yaml`;
    const terms = `${dir}/terms/publications.yaml`;
    const flipped = `[publications] prevailingLanguage en differs from zh-CN, which ${policy} records for the version of 2020-01-01: the text that prevails cannot change within a published version`;
    expect(await messages('publications')).toEqual([
      `${dir}/notice/publications.yaml:1:10  [publications] the text in force is the version of 2020-06-01, but the record still names the version of 2019-06-01`,
      `${dir}/policy/en.mdx:5:21  ${flipped}`,
      `${policy}:3:9  [publications] earlier publication 1 (2020-02-01): replaced 2027-01-01 is later than today (${TODAY})`,
      `${dir}/policy/publications/2020-02-01/en.mdx:1:1  [publications] this kept file says prevailingLanguage: en, but ${policy} records zh-CN for it`,
      `${dir}/policy/publications/2020-02-01/zh-CN.mdx:1:1  [publications] the file kept for the publication of 2020-02-01 is missing`,
      `${dir}/policy/zh-CN.mdx:5:21  ${flipped}`,
      `${terms}:1:10  [publications] the record names the version of 2019-01-01, which is neither the text in force (2020-01-01) nor an archived version`,
      `${terms}:3:9  [publications] earlier publication 1 (2020-01-05): replaced 2020-01-03 is not after published`,
      `${dir}/terms/publications/2020-01-05/zh-CN.mdx:1:1  [publications] this kept file differs from its record in ${terms} (SHA-256 908d55d34339a9a5230107f401fabebd9b00059aa4d8b1e11b2f50a83a19e098, recorded 1111111111111111111111111111111111111111111111111111111111111111)`,
    ]);
  });

  it('reports the days and PDFs a record must give, and a kept file the site can no longer read', async () => {
    const dir = ruleFixture('publications/_records');
    const stated = `${dir}/stated/publications.yaml`;
    expect(await messages('publications/_records', '2027-01-01')).toEqual([
      `${dir}/dated/publications.yaml:3:12  [publications] published 2027-02-01 is later than today (2027-01-01)`,
      `${dir}/moved/publications.yaml:3:12  [publications] published 2026-12-02 is not 2026-12-03, the day the last earlier publication of this version was replaced`,
      `${stated}:1:10  [publications] the text in force is dated by its source, so the record must say since when the site publishes it: published is missing`,
      `${stated}:3:9  [publications] earlier publication 1 (2026-11-20): pdf: none, but the site published a PDF of every version from 2026-12-01 and this text was published until 2026-12-05`,
      `${stated}:3:9  [publications] earlier publication 2 (2026-12-05): pdf names other-2010-05-01-zh-CN.pdf, stated-2010-05-01-en.pdf, not the version's PDFs stated-2010-05-01-en.pdf, stated-2010-05-01-zh-CN.pdf`,
      `${stated}:28:11  [publications] withdrawn 1 (2026-12-10 to 2026-12-01): names version 2011-01-01, which this document does not have`,
      `${stated}:28:11  [publications] withdrawn 1 (2026-12-10 to 2026-12-01): to 2026-12-01 is before from`,
      `${dir}/stated/publications/2026-12-05/zh-CN.mdx:1:1  [publications] this kept file no longer compiles, so its page cannot be published: 13:11 MDX: Unexpected end of file in expression, expected a corresponding closing brace for \`{\``,
    ]);
  });

  it('reports a record that does not match its schema', async () => {
    const file = `${ruleFixture('publications/_bad-file')}/notice/publications.yaml`;
    expect(await messages('publications/_bad-file')).toEqual([
      `${file}:2:21  [publications] publications.yaml field "prevailingLanguage" must be one of zh-CN, en`,
    ]);
  });
});
