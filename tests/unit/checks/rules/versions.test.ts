// The versions rule: the archived versions of a document and its current text form a clean
// history. The fixture's differing fields and links are the shared-fields and internal-links
// rules', reported with them.
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/checks/check';
import { problemLine } from '@/lib/mdx/problem';
import { FIXTURES, messages, ruleFixture } from '@/tests/unit/helpers/content-rules';

describe('versions', () => {
  it('reports archived versions out of order, effective dates out of order, summaries missing or copied, and fields that differ', async () => {
    const dir = ruleFixture('versions');
    const late =
      'this version takes effect on 2020-02-15, not after the version of 2020-01-01 (effective 2020-03-01)';
    expect(await messages('versions')).toEqual([
      `${dir}/order/en.mdx:4:14  [versions] this text is already archived as version 2020-09-01 (versions/2020-09-01/)`,
      `${dir}/order/versions/2020-06-01/en.mdx:4:14  [shared-fields] lastUpdated 2020-06-02 differs from 2020-06-01 in ${dir}/order/versions/2020-06-01/zh-CN.mdx`,
      `${dir}/order/versions/2020-06-01/en.mdx:4:14  [versions] lastUpdated 2020-06-02 does not match the version folder 2020-06-01`,
      `${dir}/order/versions/2020-09-01/zh-CN.mdx:1:1  [versions] the zh-CN text of version 2020-09-01 of "order" is missing`,
      `${dir}/order/versions/notes:1:1  [versions] "notes" in ${dir}/order/versions is not a version folder`,
      `${dir}/staggered/en.mdx:5:12  [versions] ${late}`,
      `${dir}/staggered/zh-CN.mdx:5:12  [versions] ${late}`,
      `${dir}/summaries/en.mdx:5:21  [shared-fields] prevailingLanguage zh-CN differs from en in ${dir}/summaries/zh-CN.mdx`,
      `${dir}/summaries/en.mdx:6:16  [versions] changeSummary is the same as in the version of 2021-01-01`,
      `${dir}/summaries/en.mdx:13:5  [internal-links] link "/summaries/1999-01-01/" leads to no page of this site`,
      `${dir}/summaries/en.mdx:13:45  [internal-links] link "/summaries/history/#one" points to a section of a list page, which has none`,
      `${dir}/summaries/zh-CN.mdx:4:14  [versions] changeSummary is missing: say what changed since the version of 2021-01-01`,
    ]);
  });

  it('takes an effective date after the build date for an announcement, not a problem', async () => {
    const { problems } = await checkContent({
      dir: `${FIXTURES}/effective-dates`,
      today: '2029-12-15',
    });
    expect(problems.map(problemLine)).toEqual([]);
  });
});
