// Rule: every document folder under content/ has a name that can be its address and one file
// per language, so no document is published in one language only. The folders are listed once
// (scanDocuments in lib/content/library.ts, which also stops the build); this rule reports them.
import type { Finding } from '@/lib/mdx/problem';
import type { Rule, RuleContext } from '@/lib/checks/rules/rule';

export const languages: Rule = {
  id: 'languages',
  description: {
    en: 'a document folder without both `en.mdx` and `zh-CN.mdx`, or with a name that cannot be a URL',
    'zh-CN': '文件夹中缺少 `en.mdx` 或 `zh-CN.mdx`，或文件夹名称不能用作网址',
  },
  check,
};

function check({ scans }: RuleContext): Finding[] {
  return [...scans.folders];
}
