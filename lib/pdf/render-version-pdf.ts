// Draws the PDF of one version of a document in one language, from the compiled HTML tree the
// page is built from (lib/mdx/compile.ts keeps it): the title, the publication and effective
// dates, the version's lasting address, the translation label where the text does not prevail,
// the text with its headings, lists, key clauses and links, and on every page the filing line and
// "Page N of M". Everything is drawn with PDFKit in Node, with subsets of Noto Sans SC embedded
// (it covers Latin as well as Chinese), so the build needs no browser.
//
// The bytes depend on the input only: the dates in the PDF come from the records, not the clock;
// PDFKit derives the file ID from the document information and the font subset tags from the
// font's place in the document, so the same text always gives the same file.
import type { Root } from 'hast';
import { IntlMessageFormat } from 'intl-messageformat';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Locale } from '@/i18n/routing';
import type { Frontmatter } from '@/lib/mdx/frontmatter';
import { linkTarget, localizeHref } from '@/lib/mdx/links';
import { formatDate } from '@/lib/dates';
import { blocks } from '@/lib/pdf/blocks';
import { PAGE, type Sheet } from '@/lib/pdf/layout';
import { opening, pageFurniture, type Translate } from '@/lib/pdf/page-furniture';
import { childrenOf, isElement, type Content, type LinkResolver } from '@/lib/pdf/text-runs';
import { absoluteUrl } from '@/lib/site-config';
import { versionPaths } from '@/lib/versions/version-paths';

export type VersionPdfInput = {
  slug: string;
  locale: Locale;
  /** The version's date (its lastUpdated), which is also its URL segment. */
  date: string;
  frontmatter: Frontmatter;
  /** The compiled document's final HTML tree. */
  tree: Root;
  /**
   * The days the PDF is dated by (lib/versions/publication-days.ts): the first day the site
   * published a PDF of this version and the last day its text changed. Without them (an archived
   * text dated by its source, with no record of its publication) the PDF is dated by the text's
   * own date, since a PDF cannot be written without a creation date.
   */
  days: { created: string; modified: string } | undefined;
  /** An earlier publication of the version, kept at its own address, labelled replaced. */
  kept?: { published: string; replaced: string };
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

/**
 * A translator for one namespace of the site's interface strings (locales/*.json), formatted
 * with the ICU formatter next-intl itself uses. Not next-intl's createTranslator: with it in the
 * program, TypeScript no longer accepts next-intl's typed keys elsewhere (lib/pages/page-basics.ts).
 */
function translator(locale: Locale, namespace: 'pdf' | 'versions'): Translate {
  const messages = JSON.parse(readFileSync(`locales/${locale}.json`, 'utf8')) as SiteMessages;
  const strings = messages[namespace] as Record<string, unknown>;
  return (key, values = {}) => {
    const message = key
      .split('.')
      .reduce<unknown>((m, k) => (m as Record<string, unknown>)?.[k], strings);
    if (typeof message !== 'string')
      throw new Error(`locales/${locale}.json has no ${namespace}.${key}`);
    const formatted = new IntlMessageFormat(message, locale).format(values);
    return Array.isArray(formatted) ? formatted.join('') : String(formatted);
  };
}

/** Every heading id of the text: a link to one becomes a link within the PDF. */
function headingIds(node: Root | Content, ids = new Set<string>()) {
  if (isElement(node) && /^h[2-6]$/.test(node.tagName) && typeof node.properties.id === 'string') {
    ids.add(node.properties.id);
  }
  for (const child of childrenOf(node)) headingIds(child, ids);
  return ids;
}

/** A link of the text: to a heading of this PDF, to the version's page, or as it is. */
function linkResolver(tree: Root, locale: Locale, versionUrl: string): LinkResolver {
  const ids = headingIds(tree);
  return (href) => {
    const target = linkTarget(href);
    if (target.kind === 'section') {
      return ids.has(target.fragment)
        ? { goTo: target.fragment }
        : { link: `${versionUrl}${href}` };
    }
    if (target.kind === 'page') return { link: absoluteUrl(localizeHref(href, locale)) };
    return { link: href };
  };
}

/** The bytes PDFKit writes, once the document has ended. */
function bytesOf(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

export async function renderVersionPdf(input: VersionPdfInput): Promise<Buffer> {
  const { slug, locale, date, frontmatter, tree, days, kept } = input;
  const t = translator(locale, 'pdf');
  const tv = translator(locale, 'versions');
  const paths = versionPaths(locale, slug);
  const versionUrl = absoluteUrl(kept ? paths.kept(date, kept.published) : paths.version(date));
  const keptDays = kept && {
    published: formatDate(locale, kept.published),
    replaced: formatDate(locale, kept.replaced),
  };
  const title = keptDays
    ? tv('keptTitle', { title: frontmatter.title, ...keptDays })
    : tv('versionTitle', { title: frontmatter.title, date: formatDate(locale, date) });
  const beijingMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);
  const resolveLink = linkResolver(tree, locale, versionUrl);

  const doc = new PDFDocument({
    ...PAGE,
    pdfVersion: '1.7',
    lang: locale,
    displayTitle: true,
    bufferPages: true,
    info: {
      Title: title,
      Subject: frontmatter.description,
      CreationDate: beijingMidnight(days?.created ?? date),
      ModDate: beijingMidnight(days?.modified ?? date),
    },
  });
  const finished = bytesOf(doc);
  const { regular, bold } = fontData();
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const sheet: Sheet = {
    doc,
    left: PAGE.margins.left,
    width: doc.page.width - PAGE.margins.left - PAGE.margins.right,
    // Noto Sans SC draws ‘ ’ “ ” full-width, as Chinese text sets them; English text needs their
    // proportional forms (the font's pwid feature), or "People’s" gets a gap after the apostrophe.
    features: locale === 'en' ? ['pwid'] : [],
    resolveLink,
  };
  const prevailing = versionPaths(frontmatter.prevailingLanguage, slug);
  const prevailingUrl = absoluteUrl(
    kept ? prevailing.kept(date, kept.published) : prevailing.version(date),
  );
  const keptLabel = keptDays && t('keptLabel', keptDays);
  opening(sheet, { locale, frontmatter, versionUrl, prevailingUrl, t, tv, keptLabel });
  blocks(sheet, tree.children, sheet.left);
  pageFurniture(sheet, title, t);
  doc.end();
  return finished;
}
