// The text of a version drawn block by block: paragraphs of tidied runs, headings (kept with
// the lines after them, named destinations and outline entries), lists, tables, quotes and rules.
import type { Element } from 'hast';
import {
  BODY,
  COLOR,
  HEADINGS,
  LIST_INDENT,
  PAGE,
  rule,
  type Place,
  type Sheet,
} from '@/lib/pdf/layout';
import {
  childrenOf,
  isElement,
  PLAIN,
  runsOf,
  textOf,
  tidyRuns,
  type Content,
  type Run,
} from '@/lib/pdf/text-runs';

const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'section',
  'div',
  'blockquote',
  'table',
  'hr',
  'pre',
]);
const isBlock = (node: Content) =>
  (isElement(node) && BLOCK_TAGS.has(node.tagName)) || node.type === 'mdxJsxFlowElement';

/** Starts a new page unless `height` points still fit on this one. */
function keep({ doc }: Sheet, height: number) {
  if (doc.y + height > doc.page.height - PAGE.margins.bottom) doc.addPage();
}

function lineHeight({ doc }: Sheet, size: number) {
  doc.font('regular').fontSize(size);
  return doc.currentLineHeight(true) + BODY.lineGap;
}

/** One paragraph of runs at a place, wrapping onto new pages as needed. */
export function paragraph(
  sheet: Sheet,
  runs: Run[],
  place: Place,
  extra: { destination?: string } = {},
) {
  const { doc } = sheet;
  const tidied = tidyRuns(runs);
  if (tidied.length === 0) return;
  doc.x = place.x;
  tidied.forEach((run, index) => {
    const linked = run.link !== undefined || run.goTo !== undefined;
    doc
      .font(run.bold ? 'bold' : 'regular')
      .fontSize(place.size)
      .fillColor(linked ? COLOR.link : (place.color ?? COLOR.text));
    doc.text(run.text, {
      width: place.width,
      lineGap: BODY.lineGap,
      paragraphGap: place.gap ?? BODY.paragraphGap,
      continued: index < tidied.length - 1,
      underline: run.underline || linked,
      link: run.link ?? null,
      goTo: run.goTo ?? null,
      // The named destination of a heading: a link to privacy-….pdf#cookies opens there.
      destination: index === 0 ? extra.destination : undefined,
      align: 'left',
      features: sheet.features,
    } as PDFKit.Mixins.TextOptions);
  });
  doc.x = sheet.left;
}

function heading(sheet: Sheet, node: Element, level: 2 | 3 | 4, x: number) {
  const { doc } = sheet;
  const size = HEADINGS[level];
  // A heading stays with at least two lines of the text after it.
  doc.moveDown(level === 2 ? 0.9 : 0.5);
  keep(sheet, lineHeight(sheet, size) + lineHeight(sheet, BODY.size) * 2);
  const id = typeof node.properties.id === 'string' ? node.properties.id : undefined;
  const runs = runsOf(node.children, { bold: true, underline: false }, sheet.resolveLink);
  if (level === 2) doc.outline.addItem(textOf(runs));
  paragraph(
    sheet,
    runs.map((run) => ({ ...run, bold: true })),
    { x, width: sheet.left + sheet.width - x, size, gap: level === 2 ? 6 : 4 },
    { destination: id },
  );
}

function list(sheet: Sheet, node: Element, x: number) {
  const { doc } = sheet;
  const ordered = node.tagName === 'ol';
  const start = typeof node.properties.start === 'number' ? node.properties.start : 1;
  node.children.filter(isElement).forEach((item, index) => {
    if (item.tagName !== 'li') return;
    const marker = ordered ? `${start + index}.` : '•';
    keep(sheet, lineHeight(sheet, BODY.size));
    const y = doc.y;
    doc.font('regular').fontSize(BODY.size).fillColor(COLOR.text);
    doc.text(marker, x, y, { width: LIST_INDENT - 4, lineBreak: false });
    doc.x = x + LIST_INDENT;
    doc.y = y;
    blocks(sheet, item.children, x + LIST_INDENT);
  });
}

function table(sheet: Sheet, node: Element, x: number) {
  const { doc } = sheet;
  const rows: Element[] = [];
  const collect = (n: Element) =>
    n.children.filter(isElement).forEach((c) => (c.tagName === 'tr' ? rows.push(c) : collect(c)));
  collect(node);
  const data = rows.map((row) =>
    row.children
      .filter((c): c is Element => isElement(c) && /^t[dh]$/.test(c.tagName))
      .map((cell) => ({
        text: textOf(runsOf(cell.children, PLAIN, sheet.resolveLink)),
        font: { src: cell.tagName === 'th' ? 'bold' : 'regular' },
      })),
  );
  doc.font('regular').fontSize(BODY.size).fillColor(COLOR.text);
  doc.x = x;
  doc.table({ data, defaultStyle: { padding: 4, border: 0.5, borderColor: COLOR.rule } });
  doc.x = sheet.left;
  doc.moveDown(0.5);
}

/** One block element at indentation x. */
function block(sheet: Sheet, node: Element, x: number, place: Place) {
  const { tagName } = node;
  if (tagName === 'h2' || tagName === 'h3' || tagName === 'h4') {
    heading(sheet, node, Number(tagName[1]) as 2 | 3 | 4, x);
  } else if (/^h[156]$/.test(tagName)) {
    heading(sheet, node, 4, x);
  } else if (tagName === 'p' || tagName === 'pre') {
    paragraph(sheet, runsOf(node.children, PLAIN, sheet.resolveLink), place);
  } else if (tagName === 'ul' || tagName === 'ol') {
    list(sheet, node, x);
  } else if (tagName === 'table') {
    table(sheet, node, x);
  } else if (tagName === 'blockquote') {
    blocks(sheet, node.children, x + LIST_INDENT);
  } else if (tagName === 'hr') {
    sheet.doc.moveDown(0.5);
    rule(sheet, x);
    sheet.doc.moveDown(0.5);
  } else {
    blocks(sheet, node.children, x);
  }
}

/** Block content at indentation x: paragraphs, headings, lists, tables. */
export function blocks(sheet: Sheet, nodes: readonly Content[], x: number) {
  let inline: Content[] = [];
  const place = { x, width: sheet.left + sheet.width - x, size: BODY.size };
  const flush = () => {
    paragraph(sheet, runsOf(inline, PLAIN, sheet.resolveLink), place);
    inline = [];
  };
  for (const node of nodes) {
    if (!isBlock(node)) {
      inline.push(node);
      continue;
    }
    flush();
    if (isElement(node)) block(sheet, node, x, place);
    else blocks(sheet, childrenOf(node), x);
  }
  flush();
}
