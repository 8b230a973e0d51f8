// A line that is nothing but `<Key>…</Key>` is parsed by MDX as a block of its own, which would
// render a bare <strong> outside any paragraph. This gives such a line the paragraph it reads as,
// so a key clause that fills a whole paragraph is written like any other. A component that
// holds blocks (paragraphs, lists) is left alone: the content check reports it.
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { documentComponentNames } from '@/lib/mdx/document-components';

const inline = new Set<string>(documentComponentNames);
const BLOCKS = new Set([
  'paragraph',
  'list',
  'heading',
  'blockquote',
  'table',
  'code',
  'thematicBreak',
]);

const remarkInlineComponents: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'mdxJsxFlowElement', (node, index, parent) => {
    if (!parent || index === undefined || !node.name || !inline.has(node.name)) return;
    if (node.children.some((child) => BLOCKS.has(child.type))) return;
    const paragraph: Paragraph = {
      type: 'paragraph',
      position: node.position,
      children: [
        {
          type: 'mdxJsxTextElement',
          name: node.name,
          attributes: node.attributes,
          children: node.children as PhrasingContent[],
          position: node.position,
        },
      ],
    };
    parent.children.splice(index, 1, paragraph);
  });
};

export default remarkInlineComponents;
