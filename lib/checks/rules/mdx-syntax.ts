// Rule: the text of every content file compiles as MDX. Legal text runs into MDX's syntax with a
// stray "{" or "<", or a section id written in capitals; the compiler's message is given with
// the place of the character and how to write it as text (lib/mdx/compile.ts).
import type { Finding } from '@/lib/mdx/problem';
import type { Rule, RuleContext } from '@/lib/checks/rules/rule';

export const mdxSyntax: Rule = {
  id: 'mdx-syntax',
  description: {
    en: 'text that does not compile as MDX — usually a stray `{` or `<`, with how to write it instead — or a section id that is not lowercase letters, digits and hyphens',
    'zh-CN':
      '无法按 MDX 编译的文字（通常是多出的 `{` 或 `<`，提示会给出正确写法），或不符合要求的章节 id（只能使用小写字母、数字和连字符）',
  },
  check,
};

function check({ scans }: RuleContext): Finding[] {
  return [...scans.mdx];
}
