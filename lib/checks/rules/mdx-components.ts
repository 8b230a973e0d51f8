// Rule: a component tag in a document is one the site renders (lib/mdx/document-components.ts).
// MDX compiles any <Name>, and an unknown one would only fail when the page is rendered, far
// from the file. Lowercase tags are HTML, which the documents write in Markdown instead.
import { documentComponentNames, documentComponents } from '@/lib/mdx/document-components';
import type { Finding } from '@/lib/mdx/problem';
import type { Rule, RuleContext } from '@/lib/checks/rules/rule';

export const mdxComponents: Rule = {
  id: 'mdx-components',
  description: {
    en: 'a component tag no page renders (`<Kye>`), an HTML tag, an attribute on `<Key>`, or a `<Key>` around whole paragraphs (the allowed components are in `lib/mdx/document-components.ts`)',
    'zh-CN':
      '网站不渲染的组件标签（如 `<Kye>`）、HTML 标签、带属性的 `<Key>`，或包住整个段落的 `<Key>`（可用的组件见 `lib/mdx/document-components.ts`）',
  },
  check,
};

const known = new Set<string>(documentComponentNames);
const usages = documentComponentNames
  .map((name) => `${documentComponents[name].usage} (${documentComponents[name].purpose})`)
  .join('; ');

function check({ files }: RuleContext): Finding[] {
  return files.flatMap((f) =>
    f.doc.tags.flatMap((tag): Finding[] => {
      const at = { file: f.file, line: tag.line, column: tag.column };
      if (tag.name === null) {
        return [
          {
            ...at,
            message: 'an empty tag "<>" is not allowed',
            hint: `remove it; the components are ${usages}`,
          },
        ];
      }
      if (!/^[A-Z]/.test(tag.name)) {
        return [
          {
            ...at,
            message: `<${tag.name}> is an HTML tag, which documents do not use`,
            hint: `write the text in Markdown (**bold**, [words](/page/), - lists) or with ${usages}. To show a "<" itself, write \\<`,
          },
        ];
      }
      if (!known.has(tag.name)) {
        return [
          {
            ...at,
            message: `<${tag.name}> is not a component the site knows`,
            hint: `correct the name; the components are ${usages}. To show a "<" itself, write \\<`,
          },
        ];
      }
      const usage = documentComponents[tag.name as keyof typeof documentComponents].usage;
      if (tag.holdsBlocks) {
        return [
          {
            ...at,
            message: `<${tag.name}> holds whole paragraphs or a list`,
            hint: `mark the words of one paragraph or list item: write ${usage} inside it, once per paragraph`,
          },
        ];
      }
      if (tag.attributes.length > 0) {
        return [
          {
            ...at,
            message: `<${tag.name}> takes no attributes (found ${tag.attributes.join(', ')})`,
            hint: `write ${usage} around the text, with nothing inside the opening tag`,
          },
        ];
      }
      return [];
    }),
  );
}
