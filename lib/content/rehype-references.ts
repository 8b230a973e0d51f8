// Records every id and every link in the final HTML tree, with its place in the source, so the
// content checker can find duplicate ids and links that lead nowhere.
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

export type Place = { line: number; column: number };
export type Anchor = Place & { id: string };
export type Link = Place & { href: string };

declare module 'vfile' {
  interface DataMap {
    anchors: Anchor[];
    links: Link[];
  }
}

const rehypeReferences: Plugin<[], Root> = () => (tree, file) => {
  const anchors: Anchor[] = [];
  const links: Link[] = [];
  visit(tree, 'element', (node: Element) => {
    const place = {
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
    };
    const { id, href } = node.properties ?? {};
    if (typeof id === 'string') anchors.push({ id, ...place });
    if (node.tagName === 'a' && typeof href === 'string') links.push({ href, ...place });
  });
  file.data.anchors = anchors;
  file.data.links = links;
};

export default rehypeReferences;
