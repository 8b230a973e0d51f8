// The terminology rule: the documents and the interface strings use the glossary's terms, and the
// glossary itself is well formed.
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/checks/check';
import { messages, ruleFixture, TODAY } from '@/tests/unit/helpers/content-rules';

describe('terminology', () => {
  it('reports glossary variants where they are written, and English terms the Chinese lacks', async () => {
    const dir = ruleFixture('terminology');
    const zh = `${dir}/doc/zh-CN.mdx`;
    const region = '"亚马逊云科技中国（北京）区域"';
    expect(await messages('terminology', TODAY, `${dir}/_locales`)).toEqual([
      `${dir}/_locales/zh-CN.json:3:14  [terminology] ${region} in the interface string site.name is a variant the glossary does not allow: write "AWS 中国（北京）区域"`,
      `${dir}/_locales/zh-CN.json:3:14  [terminology] the interface string site.name uses "AWS China (Beijing) Region" in English, but not "AWS 中国（北京）区域" here`,
      `${dir}/_locales/zh-CN.json:4:15  [terminology] the interface string site.intro uses "AWS China (Beijing) Region" in English, but not "AWS 中国（北京）区域" here`,
      `${dir}/doc/en.mdx:13:44  [terminology] "account info" is a variant the glossary does not allow: write "Account Information"`,
      `${zh}:3:14  [terminology] ${region} is a variant the glossary does not allow: write "AWS 中国（北京）区域"`,
      `${zh}:3:14  [terminology] the English text uses "AWS China (Beijing) Region" (${dir}/doc/en.mdx:3:31), but this text never writes "AWS 中国（北京）区域"`,
      `${zh}:9:1  [terminology] the English text uses "Capitalized terms" (${dir}/doc/en.mdx:9:1), but this text never writes "使用但未定义的术语"`,
      `${zh}:9:6  [terminology] "专用术语" is a variant the glossary does not allow: write "使用但未定义的术语"`,
      `${zh}:11:1  [terminology] the English text uses "Account Information" (${dir}/doc/en.mdx:11:4), but this text never writes "账户信息"`,
      `${zh}:11:4  [terminology] "帐户信息" is a variant the glossary does not allow: write "账户信息"`,
      `${zh}:13:7  [terminology] "帐户信息" is a variant the glossary does not allow: write "账户信息"`,
    ]);
    // The link address on line 9 and the archived version's 亚马逊云科技 are not reported.
    const { problems } = await checkContent({ dir, today: TODAY, localesDir: `${dir}/_locales` });
    expect(problems.find((p) => p.file === zh && p.line === 9 && p.column > 6)).toBeUndefined();
    expect(problems[4]?.hint).toBe(
      `${dir}/glossary.yaml lists ${region} as a variant to avoid for "AWS 中国（北京）区域" (Amazon Web Services China (Beijing) Region / AWS China (Beijing) Region)`,
    );
  });

  it('reports a glossary entry that lacks its Chinese term or has an unknown field', async () => {
    const file = `${ruleFixture('terminology/_bad-glossary')}/glossary.yaml`;
    expect(await messages('terminology/_bad-glossary')).toEqual([
      `${file}:2:5  [terminology] glossary field "terms.0.zh-CN" is missing`,
      `${file}:2:5  [terminology] glossary field "terms.0.zh" is not allowed`,
      `${file}:5:12  [terminology] glossary field "terms.1.zh-CN" must not be empty`,
    ]);
  });
});
