// What a PDF carries besides the text: the opening (title, dates, the version's lasting address,
// the translation label where the text does not prevail) and, on every page, the running title
// (after the first), the filing line and "Page N of M".
import type { Locale } from '@/i18n/routing';
import { statedEffective, type Frontmatter } from '@/lib/mdx/frontmatter';
import { formatDate } from '@/lib/dates';
import { BODY, COLOR, PAGE, rule, type Sheet } from '@/lib/pdf/layout';
import { paragraph } from '@/lib/pdf/blocks';
import { plain } from '@/lib/pdf/text-runs';
import { filings } from '@/lib/site-config';

/** A formatted interface string of one namespace (lib/pdf/render-version-pdf.ts). */
export type Translate = (
  key: string,
  values?: Record<string, string | number | ((chunks: string[]) => string)>,
) => string;

export type Opening = {
  locale: Locale;
  frontmatter: Frontmatter;
  /** The version's lasting address, and that of the same version in the prevailing language. */
  versionUrl: string;
  prevailingUrl: string;
  t: Translate;
  tv: Translate;
  /** For an earlier publication: the line that says when the site published and replaced it. */
  keptLabel?: string;
};

/** The translation label in its box: the prevailing language, and each revision of the text. */
function translationLabel(sheet: Sheet, { locale, frontmatter, prevailingUrl, tv }: Opening) {
  const { doc, left, width } = sheet;
  const prevailing = frontmatter.prevailingLanguage;
  const names = { own: tv(`languages.${locale}`), prevailing: tv(`languages.${prevailing}`) };
  const boxTop = doc.y;
  doc.y += 6;
  paragraph(
    sheet,
    [
      ...plain(`${tv('translationLabel', names)}${locale === 'en' ? ' ' : ''}`),
      {
        text: tv('readPrevailing', { prevailing: names.prevailing }),
        bold: false,
        underline: false,
        link: prevailingUrl,
      },
    ],
    { x: left + 8, width: width - 16, size: BODY.size, gap: 4 },
  );
  for (const revision of frontmatter.translationRevisions ?? []) {
    const line = tv('translationRevised', {
      language: names.own,
      date: formatDate(locale, revision.date),
      summary: revision.summary,
      b: (chunks) => chunks.join(''),
      time: (chunks) => chunks.join(''),
    });
    paragraph(sheet, plain(line), { x: left + 8, width: width - 16, size: 9.5, gap: 4 });
  }
  doc.y += 2;
  doc.rect(left, boxTop, 2.5, doc.y - boxTop).fill(COLOR.muted);
  doc.y += 10;
}

/** The opening of the first page, ending with a rule above the text. */
export function opening(sheet: Sheet, input: Opening) {
  const { doc, left, width } = sheet;
  const { locale, frontmatter, versionUrl, t } = input;
  const full = { x: left, width, size: BODY.size };
  doc.y = PAGE.margins.top;
  paragraph(sheet, [{ text: frontmatter.title, bold: true, underline: false }], {
    ...full,
    size: 20,
    gap: 10,
  });
  const muted = { ...full, size: 9.5, color: COLOR.muted, gap: 2 };
  const published = formatDate(locale, frontmatter.lastUpdated);
  const effective = statedEffective(frontmatter);
  if (input.keptLabel) {
    // An earlier publication is dated by the days the site published it, not by its own fields.
    paragraph(sheet, plain(input.keptLabel), { ...muted, color: COLOR.text });
  } else if (effective === undefined) {
    // The text prints its own date line: the opening says where the date is, not the date again.
    paragraph(sheet, plain(t('statedInText')), muted);
  } else {
    paragraph(sheet, plain(t('published', { date: published })), muted);
    paragraph(sheet, plain(t('effective', { date: formatDate(locale, effective) })), muted);
  }
  paragraph(
    sheet,
    [
      ...plain(`${t('address')}${locale === 'en' ? ' ' : ''}`),
      { text: versionUrl, bold: false, underline: false, link: versionUrl },
    ],
    { ...muted, gap: 10 },
  );
  if (locale !== frontmatter.prevailingLanguage) translationLabel(sheet, input);
  rule(sheet, left);
  doc.y += 6;
}

const NO_LINK = { lineBreak: false, link: null } as PDFKit.Mixins.TextOptions;

/**
 * Every page: the document and version at the top (after the first), and at the foot the
 * filing line and the page number. Drawn last, when the number of pages is known.
 */
export function pageFurniture(sheet: Sheet, title: string, t: Translate) {
  const { doc, left, width } = sheet;
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    // Drawing in the margins must not start a new page.
    doc.page.margins.bottom = 0;
    const footY = doc.page.height - PAGE.margins.bottom + 24;
    rule(sheet, left, footY - 8);
    doc.font('regular').fontSize(8).fillColor(COLOR.muted);
    const { icp, publicSecurity } = filings;
    doc.text(publicSecurity.number, left, footY, { lineBreak: false, link: publicSecurity.href });
    doc.text(' | ', NO_LINK);
    doc.text(icp.number, { lineBreak: false, link: icp.href });
    const pageLabel = t('page', { page: i - start + 1, pages: count });
    doc.text(pageLabel, left, footY, { ...NO_LINK, width, align: 'right' });
    if (i > start) doc.text(title, left, PAGE.margins.top - 30, { ...NO_LINK, width });
    doc.page.margins.bottom = PAGE.margins.bottom;
  }
}
