// Records a plain-text outline of the final HTML tree (sections, each a list of text blocks, with
// where its key clauses are), so the redline pages can compare two versions of a document without
// rendering either of them.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Plugin } from 'unified';

/**
 * The stretches of a block's text inside a <Key> (a key clause), as [start, end) offsets into
 * `text`, in order and never touching; absent when the block has none. A mark added or removed
 * is a change of the text's legal effect (Civil Code Art. 496: the mark is the prompt), so the
 * redline compares them as it compares words.
 */
export type KeyRanges = [start: number, end: number][];

export type OutlineBlock = (
  | { kind: 'heading'; level: 2 | 3 | 4 | 5 | 6; text: string }
  | { kind: 'paragraph' | 'item' | 'row'; text: string }
) & { keys?: KeyRanges };

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

// A <Key> is carried through the text as a pair of private-use characters, so whitespace can be
// tidied across its edges before the marks become offsets (markedBlock); text that holds them
// itself loses them, so no source can forge a mark.
const KEY_OPEN = '\uE000';
const KEY_CLOSE = '\uE001';
const SENTINELS = /[\uE000\uE001]/g;

const isKey = (node: Node): boolean =>
  node.type === 'mdxJsxTextElement' && (node as { name?: string | null }).name === 'Key';

/**
 * Text with key-clause sentinels, tidied as `normalise` tidies text (one space for any run of
 * whitespace, none at either end), into the text and the offsets of its key clauses.
 */
export function splitMarks(marked: string): { text: string; keys: KeyRanges } {
  let text = '';
  let depth = 0;
  let start = 0;
  const keys: KeyRanges = [];
  for (const char of marked) {
    if (char === KEY_OPEN) {
      if (depth++ === 0) start = text.length;
    } else if (char === KEY_CLOSE) {
      if (depth > 0 && --depth === 0) keys.push([start, text.length]);
    } else if (/\s/.test(char)) {
      if (text !== '' && !text.endsWith(' ')) text += ' ';
    } else {
      text += char;
    }
  }
  if (text.endsWith(' ')) text = text.slice(0, -1);
  const ranges: KeyRanges = [];
  for (const [from, to] of keys) {
    const range: [number, number] = [Math.min(from, text.length), Math.min(to, text.length)];
    // A mark that holds nothing but a space marks nothing.
    if (text.slice(range[0], range[1]).trim() === '') continue;
    const last = ranges.at(-1);
    if (last && last[1] >= range[0]) last[1] = Math.max(last[1], range[1]);
    else ranges.push(range);
  }
  return { text, keys: ranges };
}

/** A block from text with key-clause sentinels: its tidy text, and its marks if it has any. */
function markedBlock<B extends { kind: OutlineBlock['kind'] }>(block: B, marked: string) {
  const { text, keys } = splitMarks(marked);
  return { ...block, text, ...(keys.length > 0 ? { keys } : {}) } as B & OutlineBlock;
}

const plain = (marked: string): string => marked.replace(SENTINELS, '');

/**
 * The text of a node, with a space wherever a block or a line break separates words (hast has no
 * whitespace between the <p>s of a loose list item). `skip` leaves out subtrees, such as the
 * nested lists of a list item, which become blocks of their own.
 */
function rawText(node: Node, skip: (element: Element) => boolean): string {
  if (node.type === 'text') return node.value.replace(SENTINELS, '');
  if (isElement(node) && skip(node)) return '';
  if (isElement(node) && node.tagName === 'br') return ' ';
  if (!('children' in node)) return '';
  const inner = (node.children as Node[]).map((child) => rawText(child, skip)).join('');
  if (isKey(node)) return `${KEY_OPEN}${inner}${KEY_CLOSE}`;
  return isBlock(node) ? ` ${inner} ` : inner;
}

const textOf = (node: Node, skip: (element: Element) => boolean = () => false): string =>
  normalise(rawText(node, skip));

/** A list item's own text, then each item of its nested lists, in document order. */
function itemBlocks(item: Element): OutlineBlock[] {
  const own = textOf(item, (element) => LISTS.has(element.tagName));
  const ownBlock = markedBlock({ kind: 'item' as const }, own);
  const nested: OutlineBlock[] = [];
  const collect = (node: Node) => {
    if (!isElement(node) && node.type !== 'mdxJsxFlowElement') return;
    if (isElement(node) && LISTS.has(node.tagName)) nested.push(...containerBlocks(node.children));
    else node.children.forEach(collect);
  };
  item.children.forEach(collect);
  return [...(ownBlock.text ? [ownBlock] : []), ...nested];
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
      return [markedBlock({ kind: 'heading', level }, textOf(node))];
    }
    if (PARAGRAPHS.has(tagName)) return [markedBlock({ kind: 'paragraph' }, textOf(node))];
    if (tagName === 'li') return itemBlocks(node);
    if (tagName === 'tr') return [markedBlock({ kind: 'row' }, rowText(node))];
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
    const block = markedBlock(
      { kind: 'paragraph' },
      run.map((n) => rawText(n, () => false)).join(''),
    );
    if (block.text) blocks.push(block);
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
    title: heading ? plain(textOf(heading)) : '',
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
