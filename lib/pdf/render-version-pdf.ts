// Draws the PDF of one version of a document in one language, from the compiled HTML tree the
// page is built from (lib/mdx/compile.ts keeps it): the title, the publication and effective
// dates, the version's lasting address, the translation label where the text does not prevail,
// the text with its headings, lists, key clauses and links, and on every page the filing line and
// "Page N of M". Everything is drawn with PDFKit in Node, with subsets of Noto Sans SC embedded
// (it covers Latin as well as Chinese), so the build needs no browser.
//
// The bytes depend on the input only: the dates in the PDF come from the version, not the clock;
// PDFKit derives the file ID from the document information and the font subset tags from the
// font's place in the document, so the same text always gives the same file.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { IntlMessageFormat } from 'intl-messageformat';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Locale } from '@/i18n/routing';
import { statedEffective, type Frontmatter } from '@/lib/mdx/frontmatter';
import { linkTarget, localizeHref } from '@/lib/mdx/links';
import { formatDate } from '@/lib/dates';
import { absoluteUrl, filings } from '@/lib/site-config';
import { versionPaths } from '@/lib/versions/version-paths';

export type VersionPdfInput = {
  slug: string;
  locale: Locale;
  /** The version's date (its lastUpdated), which is also its URL segment. */
  date: string;
  frontmatter: Frontmatter;
  /** The compiled document's final HTML tree. */
  tree: Root;
};

const require = createRequire(import.meta.url);
/** Noto Sans SC (SIL Open Font License 1.1), from @expo-google-fonts/noto-sans-sc. */
export const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
} as const;
let fonts: { regular: Buffer; bold: Buffer } | undefined;
const fontData = () =>
  (fonts ??= {
    regular: readFileSync(FONT_FILES.regular),
    bold: readFileSync(FONT_FILES.bold),
  });

type SiteMessages = typeof import('@/locales/en.json');
type Values = Record<string, string | number | ((chunks: string[]) => string)>;

/**
 * A translator for one namespace of the site's interface strings (locales/*.json), formatted
 * with the ICU formatter next-intl itself uses. Not next-intl's createTranslator: with it in the
 * program, TypeScript no longer accepts next-intl's typed keys elsewhere (lib/pages/page-basics.ts).
 */
function translator<N extends 'pdf' | 'versions'>(locale: Locale, namespace: N) {
  const messages = JSON.parse(readFileSync(`locales/${locale}.json`, 'utf8')) as SiteMessages;
  const strings = messages[namespace] as Record<string, unknown>;
  return (key: string, values: Values = {}): string => {
    const message = key
      .split('.')
      .reduce<unknown>((m, k) => (m as Record<string, unknown>)?.[k], strings);
    if (typeof message !== 'string')
      throw new Error(`locales/${locale}.json has no ${namespace}.${key}`);
    const formatted = new IntlMessageFormat(message, locale).format(values);
    return Array.isArray(formatted) ? formatted.join('') : String(formatted);
  };
}

// A4 in points, with margins that leave a line of about 40 Chinese characters or 90 Latin ones.
const PAGE = { size: 'A4', margins: { top: 64, bottom: 72, left: 64, right: 64 } } as const;
const BODY = { size: 10.5, lineGap: 4.5, paragraphGap: 7 };
const HEADINGS = { 2: 15, 3: 12.5, 4: 11 } as const;
const COLOR = { text: '#16191f', muted: '#5f6b7a', link: '#0b5ab2', rule: '#c6c6cd' };
const LIST_INDENT = 18;
/** Marks that may not begin a line (Chinese closing punctuation, and Latin . , ; : ! ? ) ]). */
const NO_LINE_START = /^[。，、；：！？）》」』】〕”’…·.,;:!?)\]%]+/;
/** Marks that may not end a line (opening brackets and quotes). */
const NO_LINE_END = /[（《「『【〔“‘(\[]+$/;

type Style = { bold: boolean; underline: boolean; link?: string; goTo?: string };
type Run = Style & { text: string };

const isElement = (node: RootContent | ElementContent | Root): node is Element =>
  node.type === 'element';

/** MDX's inline JSX (<Key>) as an element-like node: its name and children. */
function jsxName(node: RootContent | ElementContent): string | undefined {
  return node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement'
    ? (node.name ?? undefined)
    : undefined;
}

function childrenOf(node: RootContent | ElementContent | Root): (RootContent | ElementContent)[] {
  return 'children' in node ? (node.children as (RootContent | ElementContent)[]) : [];
}

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
const isBlock = (node: RootContent | ElementContent) =>
  (isElement(node) && BLOCK_TAGS.has(node.tagName)) || node.type === 'mdxJsxFlowElement';

/** Every heading id of the text: a link to one becomes a link within the PDF. */
function headingIds(node: Root | RootContent | ElementContent, ids = new Set<string>()) {
  if (isElement(node) && /^h[2-6]$/.test(node.tagName) && typeof node.properties.id === 'string') {
    ids.add(node.properties.id);
  }
  for (const child of childrenOf(node)) headingIds(child, ids);
  return ids;
}

export async function renderVersionPdf(input: VersionPdfInput): Promise<Buffer> {
  const { slug, locale, date, frontmatter, tree } = input;
  const t = translator(locale, 'pdf');
  const tv = translator(locale, 'versions');
  const paths = versionPaths(locale, slug);
  const versionUrl = absoluteUrl(paths.version(date));
  const title = tv('versionTitle', { title: frontmatter.title, date: formatDate(locale, date) });
  const revisions = frontmatter.translationRevisions ?? [];
  // The file was last changed by the latest revision of its translation, if any.
  const modified = revisions.at(-1)?.date ?? date;
  const beijingMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);
  const ids = headingIds(tree);
  // Noto Sans SC draws ‘ ’ “ ” full-width, as Chinese text sets them; English text needs their
  // proportional forms (the font's pwid feature), or "People’s" gets a gap after the apostrophe.
  const features: PDFKit.Mixins.TextOptions['features'] = locale === 'en' ? ['pwid'] : [];

  const doc = new PDFDocument({
    ...PAGE,
    pdfVersion: '1.7',
    lang: locale,
    displayTitle: true,
    bufferPages: true,
    info: {
      Title: title,
      Subject: frontmatter.description,
      CreationDate: beijingMidnight(date),
      ModDate: beijingMidnight(modified),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const { regular, bold } = fontData();
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const left = PAGE.margins.left;
  const width = doc.page.width - PAGE.margins.left - PAGE.margins.right;
  const bottom = () => doc.page.height - PAGE.margins.bottom;

  /** Starts a new page unless `height` points still fit on this one. */
  const keep = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };

  const resolveLink = (href: string): Pick<Style, 'link' | 'goTo'> => {
    const target = linkTarget(href);
    if (target.kind === 'section') {
      return ids.has(target.fragment)
        ? { goTo: target.fragment }
        : { link: `${versionUrl}${href}` };
    }
    if (target.kind === 'page') return { link: absoluteUrl(localizeHref(href, locale)) };
    return { link: href };
  };

  /** The runs of text of inline content, with white space collapsed as a browser does. */
  const runsOf = (nodes: readonly (RootContent | ElementContent)[], style: Style): Run[] =>
    nodes.flatMap((node): Run[] => {
      if (node.type === 'text') return [{ ...style, text: node.value.replace(/\s+/g, ' ') }];
      if (isElement(node)) {
        if (node.tagName === 'br') return [{ ...style, text: '\n' }];
        if (node.tagName === 'strong' || node.tagName === 'b') {
          return runsOf(node.children, { ...style, bold: true });
        }
        if (node.tagName === 'a' && typeof node.properties.href === 'string') {
          return runsOf(node.children, { ...style, ...resolveLink(node.properties.href) });
        }
        return runsOf(node.children, style);
      }
      // A key clause is bold and underlined, as on the page.
      if (jsxName(node) === 'Key') {
        return runsOf(childrenOf(node), { ...style, bold: true, underline: true });
      }
      return runsOf(childrenOf(node), style);
    });

  /**
   * Merges runs of the same style, keeps marks that may not open a line with the text before
   * them and marks that may not close one with the text after them, and trims the paragraph.
   * PDFKit wraps each run on its own, so "联系我们" as a link followed by "，" could otherwise
   * put the comma at the start of the next line.
   */
  const tidy = (runs: Run[]): Run[] => {
    const out: Run[] = [];
    for (const run of runs) {
      const last = out.at(-1);
      if (
        last &&
        last.bold === run.bold &&
        last.underline === run.underline &&
        last.link === run.link &&
        last.goTo === run.goTo
      ) {
        last.text += run.text;
      } else out.push({ ...run });
    }
    for (let i = 1; i < out.length; i += 1) {
      const before = out[i - 1]!;
      const run = out[i]!;
      const closing = NO_LINE_START.exec(run.text)?.[0] ?? '';
      if (closing && !/\s$/.test(before.text)) {
        before.text += closing;
        run.text = run.text.slice(closing.length);
      }
      const opening = NO_LINE_END.exec(before.text)?.[0] ?? '';
      if (opening && opening !== before.text && !/^\s/.test(run.text)) {
        before.text = before.text.slice(0, -opening.length);
        run.text = opening + run.text;
      }
    }
    // A line break (<br>) starts its line at the margin, as in the browser.
    for (let i = 0; i < out.length; i += 1) {
      out[i]!.text = out[i]!.text.replace(/ *\n */g, '\n');
      if (i > 0 && out[i - 1]!.text.endsWith('\n')) out[i]!.text = out[i]!.text.trimStart();
    }
    if (out[0]) out[0].text = out[0].text.trimStart();
    if (out.at(-1)) out.at(-1)!.text = out.at(-1)!.text.trimEnd();
    return out.filter((run) => run.text !== '');
  };

  type Place = { x: number; width: number; size: number; color?: string; gap?: number };

  /** One paragraph of runs at a place, wrapping onto new pages as needed. */
  const paragraph = (runs: Run[], place: Place, extra: { destination?: string } = {}) => {
    const tidied = tidy(runs);
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
        features,
      } as PDFKit.Mixins.TextOptions);
    });
    doc.x = left;
  };

  const lineHeight = (size: number) => {
    doc.font('regular').fontSize(size);
    return doc.currentLineHeight(true) + BODY.lineGap;
  };

  const heading = (node: Element, level: 2 | 3 | 4, x: number) => {
    const size = HEADINGS[level];
    // A heading stays with at least two lines of the text after it.
    doc.moveDown(level === 2 ? 0.9 : 0.5);
    keep(lineHeight(size) + lineHeight(BODY.size) * 2);
    const id = typeof node.properties.id === 'string' ? node.properties.id : undefined;
    const runs = runsOf(node.children, { bold: true, underline: false });
    if (level === 2)
      doc.outline.addItem(
        tidy(runs)
          .map((r) => r.text)
          .join(''),
      );
    paragraph(
      runs.map((run) => ({ ...run, bold: true })),
      { x, width: left + width - x, size, gap: level === 2 ? 6 : 4 },
      { destination: id },
    );
  };

  const list = (node: Element, x: number) => {
    const ordered = node.tagName === 'ol';
    const start = typeof node.properties.start === 'number' ? node.properties.start : 1;
    node.children.filter(isElement).forEach((item, index) => {
      if (item.tagName !== 'li') return;
      const marker = ordered ? `${start + index}.` : '•';
      keep(lineHeight(BODY.size));
      const y = doc.y;
      doc.font('regular').fontSize(BODY.size).fillColor(COLOR.text);
      doc.text(marker, x, y, { width: LIST_INDENT - 4, lineBreak: false });
      doc.x = x + LIST_INDENT;
      doc.y = y;
      blocks(item.children, x + LIST_INDENT);
    });
  };

  const table = (node: Element, x: number) => {
    const rows: Element[] = [];
    const collect = (n: Element) =>
      n.children.filter(isElement).forEach((c) => (c.tagName === 'tr' ? rows.push(c) : collect(c)));
    collect(node);
    const data = rows.map((row) =>
      row.children
        .filter((c): c is Element => isElement(c) && /^t[dh]$/.test(c.tagName))
        .map((cell) => ({
          text: tidy(runsOf(cell.children, { bold: false, underline: false }))
            .map((r) => r.text)
            .join(''),
          font: { src: cell.tagName === 'th' ? 'bold' : 'regular' },
        })),
    );
    doc.font('regular').fontSize(BODY.size).fillColor(COLOR.text);
    doc.x = x;
    doc.table({ data, defaultStyle: { padding: 4, border: 0.5, borderColor: COLOR.rule } });
    doc.x = left;
    doc.moveDown(0.5);
  };

  /** Block content at indentation x: paragraphs, headings, lists, tables. */
  const blocks = (nodes: readonly (RootContent | ElementContent)[], x: number) => {
    let inline: (RootContent | ElementContent)[] = [];
    const place = { x, width: left + width - x, size: BODY.size };
    const flush = () => {
      paragraph(runsOf(inline, { bold: false, underline: false }), place);
      inline = [];
    };
    for (const node of nodes) {
      if (!isBlock(node)) {
        inline.push(node);
        continue;
      }
      flush();
      if (!isElement(node)) {
        blocks(childrenOf(node), x);
        continue;
      }
      const { tagName } = node;
      if (tagName === 'h2' || tagName === 'h3' || tagName === 'h4') {
        heading(node, Number(tagName[1]) as 2 | 3 | 4, x);
      } else if (/^h[156]$/.test(tagName)) {
        heading(node, 4, x);
      } else if (tagName === 'p' || tagName === 'pre') {
        paragraph(runsOf(node.children, { bold: false, underline: false }), place);
      } else if (tagName === 'ul' || tagName === 'ol') {
        list(node, x);
      } else if (tagName === 'table') {
        table(node, x);
      } else if (tagName === 'blockquote') {
        blocks(node.children, x + LIST_INDENT);
      } else if (tagName === 'hr') {
        doc.moveDown(0.5);
        doc
          .moveTo(x, doc.y)
          .lineTo(left + width, doc.y)
          .lineWidth(0.5)
          .stroke(COLOR.rule);
        doc.moveDown(0.5);
      } else {
        blocks(node.children, x);
      }
    }
    flush();
  };

  // The opening: title, dates, lasting address, and the translation label where it applies.
  const plain = (text: string): Run[] => [{ text, bold: false, underline: false }];
  const full = { x: left, width, size: BODY.size };
  doc.y = PAGE.margins.top;
  paragraph([{ text: frontmatter.title, bold: true, underline: false }], {
    ...full,
    size: 20,
    gap: 10,
  });
  const muted = { ...full, size: 9.5, color: COLOR.muted, gap: 2 };
  const published = formatDate(locale, frontmatter.lastUpdated);
  const effective = statedEffective(frontmatter);
  if (effective === undefined) {
    paragraph(plain(t('statedLastUpdated', { date: published })), muted);
  } else {
    paragraph(plain(t('published', { date: published })), muted);
    paragraph(plain(t('effective', { date: formatDate(locale, effective) })), muted);
  }
  paragraph(
    [
      ...plain(`${t('address')}${locale === 'en' ? ' ' : ''}`),
      { text: versionUrl, bold: false, underline: false, link: versionUrl },
    ],
    { ...muted, gap: 10 },
  );
  if (locale !== frontmatter.prevailingLanguage) {
    const prevailing = frontmatter.prevailingLanguage;
    const names = { own: tv(`languages.${locale}`), prevailing: tv(`languages.${prevailing}`) };
    const prevailingUrl = absoluteUrl(versionPaths(prevailing, slug).version(date));
    const boxTop = doc.y;
    doc.y += 6;
    paragraph(
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
    for (const revision of revisions) {
      const line = tv('translationRevised', {
        language: names.own,
        date: formatDate(locale, revision.date),
        summary: revision.summary,
        b: (chunks) => chunks.join(''),
        time: (chunks) => chunks.join(''),
      });
      paragraph(plain(line), { x: left + 8, width: width - 16, size: 9.5, gap: 4 });
    }
    doc.y += 2;
    doc.rect(left, boxTop, 2.5, doc.y - boxTop).fill(COLOR.muted);
    doc.y += 10;
  }
  doc
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .lineWidth(0.5)
    .stroke(COLOR.rule);
  doc.y += 6;

  blocks(tree.children, left);

  // Every page: the document and version at the top (after the first), and at the foot the
  // filing line and the page number. Drawn last, when the number of pages is known.
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    // Drawing in the margins must not start a new page.
    doc.page.margins.bottom = 0;
    const footY = doc.page.height - PAGE.margins.bottom + 24;
    doc
      .moveTo(left, footY - 8)
      .lineTo(left + width, footY - 8)
      .lineWidth(0.5)
      .stroke(COLOR.rule);
    doc.font('regular').fontSize(8).fillColor(COLOR.muted);
    const { icp, publicSecurity } = filings;
    doc.text(publicSecurity.number, left, footY, { lineBreak: false, link: publicSecurity.href });
    doc.text(' | ', { lineBreak: false, link: null } as PDFKit.Mixins.TextOptions);
    doc.text(icp.number, { lineBreak: false, link: icp.href });
    const pageLabel = t('page', { page: i - start + 1, pages: count });
    doc.text(pageLabel, left, footY, {
      width,
      align: 'right',
      lineBreak: false,
      link: null,
    } as PDFKit.Mixins.TextOptions);
    if (i > start) {
      doc.text(title, left, PAGE.margins.top - 30, {
        width,
        lineBreak: false,
        link: null,
      } as PDFKit.Mixins.TextOptions);
    }
    doc.page.margins.bottom = PAGE.margins.bottom;
  }
  doc.end();
  return finished;
}
