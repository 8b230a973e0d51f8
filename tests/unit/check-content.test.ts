// One failing fixture per content rule (tests/fixtures/content/<rule>/), each asserting the exact
// message an editor would read, plus the folder that passes and the shipped content itself.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { buildDate, todayInBeijing } from '@/lib/dates';
import { formatProblem } from '@/lib/content/problem';

const TODAY = '2026-11-29';
const FIXTURES = 'tests/fixtures/content';

async function messages(fixture: string, today = TODAY, localesDir?: string) {
  const { problems } = await checkContent({ dir: `${FIXTURES}/${fixture}`, today, localesDir });
  return problems.map((p) => `${p.file}:${p.line}:${p.column}  ${p.message}`);
}

describe('check:content', () => {
  it('passes a folder whose links, anchors, sections and dates are all right', async () => {
    const result = await checkContent({ dir: `${FIXTURES}/valid`, today: TODAY });
    expect(result).toEqual({ documents: 2, files: 4, problems: [] });
  });

  it('passes the content that is published', async () => {
    const { problems } = await checkContent();
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('reports frontmatter fields that are unknown, missing or malformed', async () => {
    expect(await messages('frontmatter')).toEqual([
      `${FIXTURES}/frontmatter/doc/en.mdx:2:1  frontmatter field "title" is missing`,
      `${FIXTURES}/frontmatter/doc/en.mdx:2:1  frontmatter field "titel" is not allowed`,
      `${FIXTURES}/frontmatter/doc/en.mdx:4:1  frontmatter field "lastUpdated" is not a real calendar date`,
    ]);
  });

  it('reports MDX that does not compile, with how to write braces and "<" as text', async () => {
    const { problems } = await checkContent({ dir: `${FIXTURES}/mdx`, today: TODAY });
    // An unclosed "{" is reported at the brace, not where MDX gave up looking for its end (the
    // end of a 700-character paragraph in mdx/brace).
    expect(problems.map((p) => [p.file, p.line, p.column])).toEqual([
      [`${FIXTURES}/mdx/brace/en.mdx`, 10, 10],
      [`${FIXTURES}/mdx/doc/en.mdx`, 10, 10],
      [`${FIXTURES}/mdx/doc/zh-CN.mdx`, 10, 5],
    ]);
    expect(problems[0]?.hint).toContain('write \\{ and \\}');
    expect(problems[2]?.hint).toContain('write \\<');
  });

  it('reports code: MDX expressions, import and export lines, and HTML tags', async () => {
    const dir = `${FIXTURES}/mdx-expressions/doc`;
    const { problems } = await checkContent({ dir: `${FIXTURES}/mdx-expressions`, today: TODAY });
    expect(problems.map(formatProblem)).toEqual([
      `${dir}/en.mdx:10:10  "{waived}" is an MDX expression, which runs as code\n    hint: to show the braces themselves, write \\{waived\\}`,
      `${dir}/en.mdx:12:1  "import { x } from "./y.js"" is an import line, which MDX runs as code\n    hint: remove the line; to begin a paragraph with the word "import", write its first letter as &#105;mport`,
      `${dir}/en.mdx:14:11  <b> is an HTML tag, which documents do not use\n    hint: write the text in Markdown (**bold**, [words](/page/), - lists) or with <Key>…</Key> (a key clause drawn to the reader’s attention, shown bold and underlined). To show a "<" itself, write \\<`,
      `${dir}/en.mdx:16:1  "{1 + 1}" is an MDX expression, which runs as code\n    hint: to show the braces themselves, write \\{1 + 1\\}`,
      `${dir}/zh-CN.mdx:10:3  "{免除}" is an MDX expression, which runs as code\n    hint: to show the braces themselves, write \\{免除\\}`,
      `${dir}/zh-CN.mdx:12:1  "export const a = 1" is an export line, which MDX runs as code\n    hint: remove the line; to begin a paragraph with the word "export", write its first letter as &#101;xport`,
    ]);
  });

  it('reports component tags the site does not render, with attributes or around paragraphs', async () => {
    const dir = `${FIXTURES}/mdx-components/doc`;
    expect(await messages('mdx-components')).toEqual([
      `${dir}/en.mdx:10:56  <Kye> is not a component the site knows`,
      `${dir}/en.mdx:16:6  <Key> takes no attributes (found id)`,
      `${dir}/en.mdx:18:1  <Key> holds whole paragraphs or a list`,
      `${dir}/zh-CN.mdx:10:25  an empty tag "<>" is not allowed`,
    ]);
  });

  it('reports a document that lacks a language', async () => {
    expect(await messages('missing-language')).toEqual([
      `${FIXTURES}/missing-language/doc/zh-CN.mdx:1:1  the zh-CN version of "doc" is missing`,
    ]);
  });

  it('reports sections that differ between languages in id, order or level', async () => {
    const dir = `${FIXTURES}/sections`;
    expect(await messages('sections')).toEqual([
      // Where the section belongs: before the heading that follows the last one both have.
      `${dir}/extra/en.mdx:10:1  section "two" is missing before this heading: ${dir}/extra/zh-CN.mdx:10 has it ("二")`,
      `${dir}/extra/en.mdx:10:1  section "three" has no counterpart in ${dir}/extra/zh-CN.mdx`,
      `${dir}/level/en.mdx:10:1  section "one-a" is a level 2 heading here but level 3 in ${dir}/level/zh-CN.mdx:10`,
      // A heading that lost its [#id], in either language, is reported at that heading.
      `${dir}/lost-id-zh/zh-CN.mdx:12:1  heading "二" has no id: ${dir}/lost-id-zh/en.mdx:12 gives this section the id "two"`,
      `${dir}/lost-id/en.mdx:12:1  heading "Two" has no id: ${dir}/lost-id/zh-CN.mdx:12 gives this section the id "two"`,
      `${dir}/order/en.mdx:8:1  section "two" is out of order: ${dir}/order/zh-CN.mdx:8 has "one" in this place`,
    ]);
  });

  it('reports an id used twice and a legacy anchor for a missing section', async () => {
    const file = `${FIXTURES}/duplicate-ids/doc/en.mdx`;
    const found = await messages('duplicate-ids');
    expect(found).toContain(
      `${file}:12:1  id "one" is used twice in this document (first on line 10)`,
    );
    expect(found).toContain(
      `${file}:6:15  legacyAnchors names the section "gone", which this document does not have`,
    );
    expect(found).toHaveLength(4);
  });

  it('reports links to missing pages and sections, language prefixes and full own addresses', async () => {
    const file = `${FIXTURES}/links/doc/en.mdx`;
    expect(await messages('links')).toEqual([
      `${file}:10:3  link "/missing-page/" leads to no page of this site`,
      `${file}:11:3  link "#nowhere" points to a section "nowhere" that this document does not have`,
      `${file}:12:3  link "/other/#nowhere" points to a section "nowhere" that ${FIXTURES}/links/other/en.mdx does not have`,
      `${file}:13:3  link "/en/other/" names the language "en"`,
      `${file}:14:3  link "https://www.amazonaws.cn/en/other/#a" gives the full address of this site's own "other" page`,
      `${file}:15:3  link "/other" does not end its path with "/"`,
      `${file}:17:3  link "http://www.amazonaws.cn/contact-us/" reaches this site over http://`,
      `${FIXTURES}/links/doc/zh-CN.mdx:10:1  link "/zh-CN/other/#a" names the language "zh-CN"`,
    ]);
  });

  it('reports a lastUpdated in the future and dates that differ between languages', async () => {
    const dir = `${FIXTURES}/dates`;
    expect(await messages('dates')).toEqual([
      `${dir}/future/en.mdx:4:14  lastUpdated 2999-01-01 is in the future (today is ${TODAY} in Beijing)`,
      `${dir}/future/zh-CN.mdx:4:14  lastUpdated 2999-01-01 is in the future (today is ${TODAY} in Beijing)`,
      `${dir}/mismatch/en.mdx:4:14  lastUpdated 2020-01-02 differs from 2020-01-01 in ${dir}/mismatch/zh-CN.mdx`,
    ]);
    // The same folder passes on the day the future date arrives.
    expect(await messages('dates', '2999-01-01')).toHaveLength(1);
  });

  it('reports archived versions out of order, summaries missing or copied, and fields that differ', async () => {
    const dir = `${FIXTURES}/versions`;
    expect(await messages('versions')).toEqual([
      `${dir}/order/en.mdx:4:14  this text is already archived as version 2020-09-01 (versions/2020-09-01/)`,
      `${dir}/order/versions/2020-06-01/en.mdx:4:14  lastUpdated 2020-06-02 differs from 2020-06-01 in ${dir}/order/versions/2020-06-01/zh-CN.mdx`,
      `${dir}/order/versions/2020-06-01/en.mdx:4:14  lastUpdated 2020-06-02 does not match the version folder 2020-06-01`,
      `${dir}/order/versions/2020-09-01/zh-CN.mdx:1:1  the zh-CN text of version 2020-09-01 of "order" is missing`,
      `${dir}/order/versions/notes:1:1  "notes" in ${dir}/order/versions is not a version folder`,
      `${dir}/summaries/en.mdx:5:21  prevailingLanguage zh-CN differs from en in ${dir}/summaries/zh-CN.mdx`,
      `${dir}/summaries/en.mdx:6:16  changeSummary is the same as in the version of 2021-01-01`,
      `${dir}/summaries/en.mdx:13:5  link "/summaries/1999-01-01/" leads to no page of this site`,
      `${dir}/summaries/en.mdx:13:45  link "/summaries/history/#one" points to a section of a list page, which has none`,
      `${dir}/summaries/zh-CN.mdx:4:14  changeSummary is missing: say what changed since the version of 2021-01-01`,
    ]);
  });

  it('reports an effective date that differs between languages or does not follow the version before', async () => {
    const dir = `${FIXTURES}/effective`;
    const late =
      'this version takes effect on 2020-02-15, not after the version of 2020-01-01 (effective 2020-03-01)';
    expect(await messages('effective')).toEqual([
      `${dir}/mismatch/en.mdx:5:12  effective 2020-02-01 differs from 2020-01-01 in ${dir}/mismatch/zh-CN.mdx`,
      `${dir}/staggered/en.mdx:5:12  ${late}`,
      `${dir}/staggered/zh-CN.mdx:5:12  ${late}`,
    ]);
    // An effective date after the build date is an announcement, not a problem.
    expect(await messages('effective-dates', '2029-12-15')).toEqual([]);
  });

  it('reports translation revisions out of order, too early, in the future or on the text that prevails', async () => {
    const dir = `${FIXTURES}/translation-revisions`;
    expect(await messages('translation-revisions')).toEqual([
      `${dir}/policy/zh-CN.mdx:9:11  translation revision 2021-03-01 is not after the revision before it (2021-05-01)`,
      `${dir}/policy/zh-CN.mdx:11:11  translation revision 2019-12-31 is not after the version's lastUpdated 2020-01-01`,
      `${dir}/policy/zh-CN.mdx:13:11  translation revision 2999-01-01 is in the future (today is ${TODAY} in Beijing)`,
      `${dir}/prevailing/zh-CN.mdx:7:11  translationRevisions is only for a translation, and this zh-CN text prevails (prevailingLanguage: zh-CN)`,
    ]);
  });

  it('reports glossary variants where they are written, and English terms the Chinese lacks', async () => {
    const dir = `${FIXTURES}/terminology`;
    const zh = `${dir}/doc/zh-CN.mdx`;
    const region = '"亚马逊云科技中国（北京）区域"';
    expect(await messages('terminology', TODAY, `${dir}/_locales`)).toEqual([
      `${dir}/_locales/zh-CN.json:3:14  ${region} in the interface string site.name is a variant the glossary does not allow: write "AWS 中国（北京）区域"`,
      `${dir}/_locales/zh-CN.json:3:14  the interface string site.name uses "AWS China (Beijing) Region" in English, but not "AWS 中国（北京）区域" here`,
      `${dir}/_locales/zh-CN.json:4:15  the interface string site.intro uses "AWS China (Beijing) Region" in English, but not "AWS 中国（北京）区域" here`,
      `${dir}/doc/en.mdx:13:44  "account info" is a variant the glossary does not allow: write "Account Information"`,
      `${zh}:3:14  ${region} is a variant the glossary does not allow: write "AWS 中国（北京）区域"`,
      `${zh}:3:14  the English text uses "AWS China (Beijing) Region" (${dir}/doc/en.mdx:3:31), but this text never writes "AWS 中国（北京）区域"`,
      `${zh}:9:1  the English text uses "Capitalized terms" (${dir}/doc/en.mdx:9:1), but this text never writes "使用但未定义的术语"`,
      `${zh}:9:6  "专用术语" is a variant the glossary does not allow: write "使用但未定义的术语"`,
      `${zh}:11:1  the English text uses "Account Information" (${dir}/doc/en.mdx:11:4), but this text never writes "账户信息"`,
      `${zh}:11:4  "帐户信息" is a variant the glossary does not allow: write "账户信息"`,
      `${zh}:13:7  "帐户信息" is a variant the glossary does not allow: write "账户信息"`,
    ]);
    // The link address on line 9 and the archived version's 亚马逊云科技 are not reported.
    const { problems } = await checkContent({ dir, today: TODAY, localesDir: `${dir}/_locales` });
    expect(problems.find((p) => p.file === zh && p.line === 9 && p.column > 6)).toBeUndefined();
    expect(problems[4]?.hint).toBe(
      `${dir}/glossary.yaml lists ${region} as a variant to avoid for "AWS 中国（北京）区域" (Amazon Web Services China (Beijing) Region / AWS China (Beijing) Region)`,
    );
  });

  it('reports a glossary entry that lacks its Chinese term or has an unknown field', async () => {
    const file = `${FIXTURES}/terminology/_bad-glossary/glossary.yaml`;
    expect(await messages('terminology/_bad-glossary')).toEqual([
      `${file}:2:5  glossary field "terms.0.zh-CN" is missing`,
      `${file}:2:5  glossary field "terms.0.zh" is not allowed`,
      `${file}:5:12  glossary field "terms.1.zh-CN" must not be empty`,
    ]);
  });

  it('reports statements the legal review refused, in the documents they are refused for', async () => {
    const dir = `${FIXTURES}/refused-statements`;
    const consent = 'makes a statement the legal review refused: using the site is not consent';
    const licence = 'makes a statement the legal review refused: no source states a licence';
    expect(await messages('refused-statements')).toEqual([
      `${dir}/policy/zh-CN.mdx:10:21  "经许可使用" ${licence}`,
      `${dir}/terms/en.mdx:10:34  "by using it you accept" ${consent}`,
      `${dir}/terms/en.mdx:10:82  "under license" ${licence}`,
      `${dir}/terms/zh-CN.mdx:10:6  "即表示您接受" ${consent}`,
    ]);
  });

  it('passes a document with three versions, and links to its history and versions', async () => {
    const { problems } = await checkContent({ dir: `${FIXTURES}/new-document`, today: TODAY });
    // The annex links to the privacy policy, which is not in that folder.
    expect(problems.map((p) => p.message)).toEqual([
      'link "/privacy/#cookies" leads to no page of this site',
      'link "/privacy/#cookies" leads to no page of this site',
    ]);
  });

  it('takes today in Beijing, which is ahead of UTC', () => {
    expect(todayInBeijing(new Date('2026-11-29T16:30:00Z'))).toBe('2026-11-30');
    expect(todayInBeijing(new Date('2026-11-29T15:30:00Z'))).toBe('2026-11-29');
  });

  it('builds for BUILD_DATE when it is set, and refuses one that is not a date', () => {
    expect(buildDate({ BUILD_DATE: '2030-01-31' })).toBe('2030-01-31');
    expect(buildDate({})).toBe(todayInBeijing());
    expect(() => buildDate({ BUILD_DATE: '31/01/2030' })).toThrow(/write it as YYYY-MM-DD/);
  });

  // A child process on a shared machine can take seconds to start; the test waits for it.
  it(
    'prints every problem with a hint and exits with 1 from the command line',
    { timeout: 60_000 },
    async () => {
      const run = promisify(execFile)('npx', ['tsx', 'scripts/check-content.ts'], {
        env: { ...process.env, CONTENT_DIR: `${FIXTURES}/links` },
      });
      const error = (await run.catch((e: unknown) => e)) as { code: number; stderr: string };
      expect(error.code).toBe(1);
      expect(error.stderr).toContain(
        `${FIXTURES}/links/doc/en.mdx:13:3  link "/en/other/" names the language "en"\n    hint: write it without the language, as "/other/"`,
      );
      expect(error.stderr).toContain('content: 8 problems in 2 files');
    },
  );
});
