// Rule: every id on a page is unique (two sections called #cookies would make one unreachable),
// and every legacy anchor points to a section the document has.
import type { Finding } from '@/lib/mdx/problem';
import { fieldPlace, type Rule, type RuleContext } from '@/lib/checks/rules/rule';

export const uniqueIds: Rule = {
  id: 'unique-ids',
  description: {
    en: 'an id used twice in a document, or a legacy anchor for a section that does not exist',
    'zh-CN': '同一文件中重复使用的 id，或指向不存在章节的旧锚点（`legacyAnchors`）',
  },
  check,
};

function check({ files }: RuleContext): Finding[] {
  const problems: Finding[] = [];
  for (const f of files) {
    const legacyPlace = fieldPlace(f.source, 'legacyAnchors');
    const legacy = Object.entries(f.doc.frontmatter.legacyAnchors ?? {});
    const seen = new Map<string, number>();
    const all = [
      ...f.doc.anchors,
      ...legacy.flatMap(([, old]) => old.map((id) => ({ id, ...legacyPlace }))),
    ];
    for (const anchor of all) {
      const first = seen.get(anchor.id);
      if (first === undefined) {
        seen.set(anchor.id, anchor.line);
        continue;
      }
      problems.push({
        file: f.file,
        line: anchor.line,
        column: anchor.column,
        message: `id "${anchor.id}" is used twice in this document (first on line ${first})`,
        hint: `ids must be unique within a document; give this section another id, for example [#${anchor.id}-2]`,
      });
    }
    const sections = new Set(f.doc.toc.map((e) => e.id));
    for (const [target] of legacy.filter(([id]) => !sections.has(id))) {
      problems.push({
        file: f.file,
        ...legacyPlace,
        message: `legacyAnchors names the section "${target}", which this document does not have`,
        hint: `use one of this document's section ids: ${[...sections].join(', ')}`,
      });
    }
  }
  return problems;
}
