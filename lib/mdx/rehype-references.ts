// Records every id, every link, every component tag and every piece of code in the final HTML
// tree, with its place in the source, so the content checker can find duplicate ids, links that
// lead nowhere, tags that no component renders and code that legal text has no use for.
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

export type Place = { line: number; column: number };
export type Anchor = Place & { id: string };
export type Link = Place & { href: string };
/**
 * A JSX tag written in the text: its name (none for a fragment, <>), its attributes' names, and
 * whether it holds blocks (paragraphs, lists) rather than words.
 */
export type Tag = Place & { name: string | null; attributes: string[]; holdsBlocks: boolean };

/** An MDX expression (`{…}`) or an import/export line, with its source text. */
export type Expression = Place & { kind: 'expression' | 'esm'; text: string };

declare module 'vfile' {
  interface DataMap {
    anchors: Anchor[];
    links: Link[];
    tags: Tag[];
    expressions: Expression[];
  }
}

type Positioned = { position?: { start: { line: number; column: number } } };
type JsxNode = Positioned & {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string }[];
  children: { type: string; tagName?: string }[];
};

const BLOCK_TAGS = new Set(['p', 'ul', 'ol', 'table', 'blockquote', 'pre', 'h2', 'h3', 'h4']);

const placeOf = (node: Positioned): Place => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
});

const isJsx = (node: { type: string }): node is JsxNode =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

const rehypeReferences: Plugin<[], Root> = () => (tree, file) => {
  const anchors: Anchor[] = [];
  const links: Link[] = [];
  const tags: Tag[] = [];
  const expressions: Expression[] = [];
  visit(tree, (node) => {
    const { type, value } = node as { type: string; value?: string };
    if (type === 'mdxFlowExpression' || type === 'mdxTextExpression' || type === 'mdxjsEsm') {
      const kind = type === 'mdxjsEsm' ? 'esm' : 'expression';
      expressions.push({ kind, text: value ?? '', ...placeOf(node as Positioned) });
      return;
    }
    if (!isJsx(node)) return;
    const attributes = node.attributes.map((a) => ('name' in a && a.name ? a.name : '{…}'));
    const holdsBlocks = node.children.some(
      (c) => c.type === 'element' && BLOCK_TAGS.has(c.tagName ?? ''),
    );
    tags.push({ name: node.name, attributes, holdsBlocks, ...placeOf(node) });
  });
  visit(tree, 'element', (node: Element) => {
    const place = placeOf(node);
    const { id, href } = node.properties ?? {};
    if (typeof id === 'string') anchors.push({ id, ...place });
    if (node.tagName === 'a' && typeof href === 'string') links.push({ href, ...place });
  });
  file.data.anchors = anchors;
  file.data.links = links;
  file.data.tags = tags;
  file.data.expressions = expressions;
};

export default rehypeReferences;
