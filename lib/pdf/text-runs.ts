// The runs of text a PDF paragraph is drawn from: inline HTML (and MDX's <Key>) turned into runs
// of one style each, then tidied with the Chinese line-break rules. Pure: no PDFKit, no disk, so
// the rules are tested on their own (tests/unit/pdf/text-runs.test.ts).
import type { Element, ElementContent, Root, RootContent } from 'hast';

export type Style = { bold: boolean; underline: boolean; link?: string; goTo?: string };
export type Run = Style & { text: string };
export type Content = RootContent | ElementContent;
/** Where a link of the text leads in the PDF: a heading of the same PDF, or an address. */
export type LinkResolver = (href: string) => Pick<Style, 'link' | 'goTo'>;

/** Plain body text: neither bold nor underlined, no link. */
export const PLAIN: Style = { bold: false, underline: false };

/** Marks that may not begin a line (Chinese closing punctuation, and Latin . , ; : ! ? ) ]). */
export const NO_LINE_START = /^[。，、；：！？）》」』】〕”’…·.,;:!?)\]%]+/;
/** Marks that may not end a line (opening brackets and quotes). */
export const NO_LINE_END = /[（《「『【〔“‘(\[]+$/;

export const isElement = (node: Content | Root): node is Element => node.type === 'element';

/** MDX's inline JSX (<Key>) as an element-like node: its name and children. */
export function jsxName(node: Content): string | undefined {
  return node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement'
    ? (node.name ?? undefined)
    : undefined;
}

export function childrenOf(node: Content | Root): Content[] {
  return 'children' in node ? (node.children as Content[]) : [];
}

/** The runs of text of inline content, with white space collapsed as a browser does. */
export function runsOf(nodes: readonly Content[], style: Style, resolveLink: LinkResolver): Run[] {
  return nodes.flatMap((node): Run[] => {
    if (node.type === 'text') return [{ ...style, text: node.value.replace(/\s+/g, ' ') }];
    if (isElement(node)) {
      if (node.tagName === 'br') return [{ ...style, text: '\n' }];
      if (node.tagName === 'strong' || node.tagName === 'b') {
        return runsOf(node.children, { ...style, bold: true }, resolveLink);
      }
      if (node.tagName === 'a' && typeof node.properties.href === 'string') {
        return runsOf(
          node.children,
          { ...style, ...resolveLink(node.properties.href) },
          resolveLink,
        );
      }
      return runsOf(node.children, style, resolveLink);
    }
    // A key clause is bold and underlined, as on the page.
    if (jsxName(node) === 'Key') {
      return runsOf(childrenOf(node), { ...style, bold: true, underline: true }, resolveLink);
    }
    return runsOf(childrenOf(node), style, resolveLink);
  });
}

const sameStyle = (a: Style, b: Style) =>
  a.bold === b.bold && a.underline === b.underline && a.link === b.link && a.goTo === b.goTo;

/**
 * Merges runs of the same style, keeps marks that may not open a line with the text before
 * them and marks that may not close one with the text after them, and trims the paragraph.
 * PDFKit wraps each run on its own, so "联系我们" as a link followed by "，" could otherwise
 * put the comma at the start of the next line. The runs given are not changed.
 */
export function tidyRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (last && sameStyle(last, run)) last.text += run.text;
    else out.push({ ...run });
  }
  // The text before a run is the last run that still has any: a run made only of closing marks
  // gives them all away, and the marks after it go to the same place ("》" then "。").
  let before: Run | undefined;
  for (const run of out) {
    if (before) {
      const closing = NO_LINE_START.exec(run.text)?.[0] ?? '';
      if (closing && !/\s$/.test(before.text)) {
        before.text += closing;
        run.text = run.text.slice(closing.length);
      }
      const opening = NO_LINE_END.exec(before.text)?.[0] ?? '';
      if (opening && opening !== before.text && run.text !== '' && !/^\s/.test(run.text)) {
        before.text = before.text.slice(0, -opening.length);
        run.text = opening + run.text;
      }
    }
    if (run.text !== '') before = run;
  }
  // A line break (<br>) starts its line at the margin, as in the browser.
  for (let i = 0; i < out.length; i += 1) {
    out[i]!.text = out[i]!.text.replace(/ *\n */g, '\n');
    if (i > 0 && out[i - 1]!.text.endsWith('\n')) out[i]!.text = out[i]!.text.trimStart();
  }
  if (out[0]) out[0].text = out[0].text.trimStart();
  if (out.at(-1)) out.at(-1)!.text = out.at(-1)!.text.trimEnd();
  return out.filter((run) => run.text !== '');
}

/** The tidied text of runs, in one string (an outline entry, a table cell). */
export const textOf = (runs: readonly Run[]): string =>
  tidyRuns(runs)
    .map((run) => run.text)
    .join('');

/** One run of plain text. */
export const plain = (text: string): Run[] => [{ ...PLAIN, text }];
