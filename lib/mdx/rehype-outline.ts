// Records a plain-text outline of the final HTML tree (sections, each a list of text blocks), so
// the redline pages can compare two versions of a document without rendering either of them.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Plugin } from 'unified';

export type OutlineBlock =
  | { kind: 'heading'; level: 2 | 3 | 4 | 5 | 6; text: string }
  | { kind: 'paragraph' | 'item' | 'row'; text: string };

export type OutlineSection = { id: string; title: string; blocks: OutlineBlock[] };

declare module 'vfile' {
  interface DataMap {
    outline: OutlineSection[];
  }
}

type Node = Root | RootContent;

const HEADING_LEVELS = { h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 } as const;

// Elements whose whole text is one paragraph block, whatever they hold inside. h1 is not part of
// a document's structure (the title comes from the frontmatter), but its text must not go unseen.
const PARAGRAPHS = new Set(['p', 'pre', 'dt', 'dd', 'h1', 'summary', 'caption', 'figcaption']);

// Block-level elements: text inside them never runs on into the text next to them.
const BLOCKS = new Set([
  ...PARAGRAPHS,
  ...Object.keys(HEADING_LEVELS),
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'figure',
  'footer',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const LISTS = new Set(['ul', 'ol']);

const isElement = (node: Node): node is Element => node.type === 'element';

// JSX components written as blocks in MDX hold blocks of their own, like a <div>.
const isBlock = (node: Node): boolean =>
  (isElement(node) && BLOCKS.has(node.tagName)) || node.type === 'mdxJsxFlowElement';

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The text of a node, with a space wherever a block or a line break separates words (hast has no
 * whitespace between the <p>s of a loose list item). `skip` leaves out subtrees, such as the
 * nested lists of a list item, which become blocks of their own.
 */
function rawText(node: Node, skip: (element: Element) => boolean): string {
  if (node.type === 'text') return node.value;
  if (isElement(node) && skip(node)) return '';
  if (isElement(node) && node.tagName === 'br') return ' ';
  if (!('children' in node)) return '';
  const inner = (node.children as Node[]).map((child) => rawText(child, skip)).join('');
  return isBlock(node) ? ` ${inner} ` : inner;
}

const textOf = (node: Node, skip: (element: Element) => boolean = () => false): string =>
  normalise(rawText(node, skip));

/** A list item's own text, then each item of its nested lists, in document order. */
function itemBlocks(item: Element): OutlineBlock[] {
  const own = textOf(item, (element) => LISTS.has(element.tagName));
  const nested: OutlineBlock[] = [];
  const collect = (node: Node) => {
    if (!isElement(node) && node.type !== 'mdxJsxFlowElement') return;
    if (isElement(node) && LISTS.has(node.tagName)) nested.push(...containerBlocks(node.children));
    else node.children.forEach(collect);
  };
  item.children.forEach(collect);
  return [...(own ? [{ kind: 'item' as const, text: own }] : []), ...nested];
}

/** A table row's cells, joined the way a reader would say them. */
function rowText(row: Element): string {
  const cells = row.children
    .filter((cell): cell is Element => isElement(cell) && /^t[dh]$/.test(cell.tagName))
    .map((cell) => textOf(cell));
  // An empty last cell must not leave a space at the end of the row.
  return normalise(cells.join(' | '));
}

/** The blocks of one block-level node. */
function blocksOf(node: Node): OutlineBlock[] {
  if (isElement(node)) {
    const { tagName } = node;
    if (tagName in HEADING_LEVELS) {
      const level = HEADING_LEVELS[tagName as keyof typeof HEADING_LEVELS];
      return [{ kind: 'heading', level, text: textOf(node) }];
    }
    if (PARAGRAPHS.has(tagName)) return [{ kind: 'paragraph', text: textOf(node) }];
    if (tagName === 'li') return itemBlocks(node);
    if (tagName === 'tr') return [{ kind: 'row', text: rowText(node) }];
    if (tagName === 'hr') return [];
  }
  return 'children' in node ? containerBlocks(node.children) : [];
}

/**
 * The blocks of a container's children. Text that sits directly in a container (bare text in a
 * blockquote or a component) is gathered, up to the next block, into a paragraph of its own.
 */
function containerBlocks(children: readonly (RootContent | ElementContent)[]): OutlineBlock[] {
  const blocks: OutlineBlock[] = [];
  let run: Node[] = [];
  const flush = () => {
    const text = normalise(run.map((node) => rawText(node, () => false)).join(''));
    if (text) blocks.push({ kind: 'paragraph', text });
    run = [];
  };
  for (const child of children) {
    if (isBlock(child)) {
      flush();
      blocks.push(...blocksOf(child));
    } else {
      run.push(child);
    }
  }
  flush();
  return blocks.filter((block) => block.text !== '');
}

const isDocumentSection = (node: RootContent): node is Element =>
  isElement(node) &&
  node.tagName === 'section' &&
  Array.isArray(node.properties.className) &&
  node.properties.className.includes('document-section');

function sectionOf(section: Element): OutlineSection {
  const heading = section.children.find((child) => isElement(child) && child.tagName === 'h2');
  return {
    id: String(section.properties.dataSection ?? ''),
    title: heading ? textOf(heading) : '',
    blocks: containerBlocks(section.children),
  };
}

const rehypeOutline: Plugin<[], Root> = () => (tree, file) => {
  const sections: OutlineSection[] = [];
  // rehype-sections leaves only the text before the first h2 outside a section.
  const intro: RootContent[] = [];
  for (const node of tree.children) {
    if (isDocumentSection(node)) sections.push(sectionOf(node));
    else intro.push(node);
  }
  const introBlocks = containerBlocks(intro);
  if (introBlocks.length > 0) sections.unshift({ id: '', title: '', blocks: introBlocks });
  file.data.outline = sections;
};

export default rehypeOutline;
