// Keeps a copy of the final HTML tree of a document (after every other rehype plugin), so the PDF
// of a version is drawn from exactly the tree the page is compiled from. Positions are dropped:
// nothing downstream reads them, and they would double the copy's size.
import type { Root } from 'hast';
import type { Plugin } from 'unified';

declare module 'vfile' {
  interface DataMap {
    tree: Root;
  }
}

function withoutPositions<T>(node: T): T {
  if (Array.isArray(node)) return node.map(withoutPositions) as T;
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== 'position')
      .map(([key, value]) => [key, withoutPositions(value)]),
  ) as T;
}

const rehypeKeepTree: Plugin<[], Root> = () => (tree, file) => {
  file.data.tree = withoutPositions(tree);
};

export default rehypeKeepTree;
