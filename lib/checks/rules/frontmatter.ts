// Rule: every content file starts with a frontmatter block whose fields match the strict schema
// (lib/mdx/frontmatter.ts): none missing, none unknown, each value well formed. The schema
// is checked while a file compiles; this rule reports what it found, field by field.
import type { Finding } from '@/lib/mdx/problem';
import type { Rule, RuleContext } from '@/lib/checks/rules/rule';

export const frontmatter: Rule = {
  id: 'frontmatter',
  description: {
    en: 'a missing, unknown or malformed frontmatter field (the strict schema in `lib/mdx/frontmatter.ts`), or a file that does not start with a frontmatter block',
    'zh-CN':
      '文件头（frontmatter）缺少字段、含有未知字段或字段值格式不正确（严格模式见 `lib/mdx/frontmatter.ts`），或文件不以文件头开始',
  },
  check,
};

function check({ scans }: RuleContext): Finding[] {
  return [...scans.frontmatter];
}
