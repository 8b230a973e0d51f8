// Collects the table of contents from the final HTML tree, after every heading has its id, so
// the contents list can never disagree with the anchors on the page.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

export type TocEntry = { id: string; title: string; level: 2 | 3; line: number };

declare module 'vfile' {
  interface DataMap {
    toc: TocEntry[];
  }
}

const rehypeToc: Plugin<[], Root> = () => (tree, file) => {
  const toc: TocEntry[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
    const id = node.properties?.id;
    if (typeof id !== 'string') return;
    toc.push({
      id,
      title: toString(node).trim(),
      level: node.tagName === 'h2' ? 2 : 3,
      line: node.position?.start.line ?? 0,
    });
  });
  file.data.toc = toc;
};

export default rehypeToc;
