// The measures of every PDF: the page, the type sizes, the colours, and the drawing surface the
// blocks and the page furniture share.
import type { LinkResolver } from '@/lib/pdf/text-runs';

// A4 in points, with margins that leave a line of about 40 Chinese characters or 90 Latin ones.
export const PAGE = { size: 'A4', margins: { top: 64, bottom: 72, left: 64, right: 64 } } as const;
export const BODY = { size: 10.5, lineGap: 4.5, paragraphGap: 7 };
export const HEADINGS = { 2: 15, 3: 12.5, 4: 11 } as const;
export const COLOR = { text: '#16191f', muted: '#5f6b7a', link: '#0b5ab2', rule: '#c6c6cd' };
export const LIST_INDENT = 18;

/** A PDF being drawn, with the text column and what every paragraph of it needs. */
export type Sheet = {
  doc: PDFKit.PDFDocument;
  /** The text column: its left edge and width, in points. */
  left: number;
  width: number;
  /** OpenType features of the language (proportional quotes for English). */
  features: PDFKit.Mixins.TextOptions['features'];
  resolveLink: LinkResolver;
};

/** Where a paragraph goes: its left edge, width, type size, colour and space after it. */
export type Place = { x: number; width: number; size: number; color?: string; gap?: number };

/** A thin horizontal rule from x to the right edge of the column, at y (the current line). */
export function rule(sheet: Sheet, x: number, y = sheet.doc.y) {
  sheet.doc
    .moveTo(x, y)
    .lineTo(sheet.left + sheet.width, y)
    .lineWidth(0.5)
    .stroke(COLOR.rule);
}
