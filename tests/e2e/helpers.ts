// Facts the browser tests check pages against, read straight from the content files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { parse } from 'yaml';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const pagePath = (locale: Locale, doc = '') =>
  (locale === 'en' ? '/en/' : '/') + (doc ? `${doc}/` : '');

export type Heading = { level: number; title: string; id: string };

export function documents(): string[] {
  return readdirSync('content', { withFileTypes: true })
    .filter((d) => d.isDirectory() && !/^[._]/.test(d.name))
    .map((d) => d.name)
    .sort();
}

/** Headings with their explicit ids, parsed independently of the site's own pipeline. */
export function headings(doc: string, locale: Locale): Heading[] {
  const source = readFileSync(path.join('content', doc, `${locale}.mdx`), 'utf8');
  return [...source.matchAll(/^(#{2,3}) (.+?) \[#([a-z0-9-]+)\]\s*$/gm)].map((m) => ({
    level: m[1]!.length,
    title: m[2]!.trim(),
    id: m[3]!,
  }));
}

export function frontmatterField(doc: string, locale: Locale, field: string): string {
  const source = readFileSync(path.join('content', doc, `${locale}.mdx`), 'utf8');
  const match = new RegExp(`^${field}: (.+)$`, 'm').exec(source);
  if (!match) throw new Error(`no ${field} in ${doc}/${locale}.mdx`);
  return match[1]!.trim();
}

/** Paragraph texts of the body (plain prose lines), to check nothing is dropped. */
export function proseLines(doc: string, locale: Locale): string[] {
  const source = readFileSync(path.join('content', doc, `${locale}.mdx`), 'utf8');
  const body = source.replace(/^---[\s\S]*?\n---\n/, '');
  return body
    .split('\n')
    .filter((l) => l && !/^(#|-|\*\*|\[)/.test(l) && !l.endsWith('\\'))
    .map((l) =>
      l
        .replace(/\[([^\]]+)\](?:\([^)]+\)|\[[^\]]+\])/g, '$1')
        .replace(/\*\*/g, '')
        // A line in italics, such as the source's own "*Last updated: March 9, 2017.*".
        .replace(/^\*(.+)\*$/, '$1')
        .replace(/<\/?Key>/g, ''),
    );
}

/** A document file's whole frontmatter, read with a YAML parser of its own. */
export function frontmatter(
  doc: string,
  locale: Locale,
  version?: string,
): Record<string, unknown> {
  const file = version
    ? path.join('content', doc, 'versions', version, `${locale}.mdx`)
    : path.join('content', doc, `${locale}.mdx`);
  const source = readFileSync(file, 'utf8');
  return parse(/^---\n([\s\S]*?)\n---/.exec(source)![1]!) as Record<string, unknown>;
}

/** An interface string with its {placeholders} filled in. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);
}

/**
 * The label a text that does not prevail opens with, in its own language, as the reader must
 * see it: for the Chinese privacy policy, 本中文文本为译文，仅供参考；如与英文文本不一致，以英文文本为准。
 */
export function translationLabel(own: Locale, prevailing: Locale): string {
  const v = messages(own).versions as unknown as Record<string, string> & {
    languages: Record<Locale, string>;
  };
  return fill(v.translationLabel!, { own: v.languages[own], prevailing: v.languages[prevailing] });
}

/** The public origin the build was made for (SITE_URL), which every absolute URL must use. */
export const SITE_URL = process.env.SITE_URL ?? 'https://www.amazonaws.cn';

/** A page's absolute URL, as the site writes it. */
export const abs = (path: string) => new URL(path, SITE_URL).href;

/** Interface strings of a language, as the site reads them. */
export function messages(locale: Locale): Record<string, Record<string, string>> {
  return JSON.parse(readFileSync(path.join('locales', `${locale}.json`), 'utf8'));
}

/** Every page of the site: both hubs and every document in both languages. */
export function allPages(): { locale: Locale; doc: string; path: string }[] {
  return ['', ...documents()].flatMap((doc) =>
    LOCALES.map((locale) => ({ locale, doc, path: pagePath(locale, doc) })),
  );
}

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * One request sent exactly as given: the path is not normalised (so `..%2f` and bad escapes
 * reach the server as written) and any header may be set, Host included.
 */
export function rawRequest(
  path: string,
  { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const base = new URL(process.env.BASE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3100}`);
  return new Promise((resolve, reject) => {
    // Over HTTPS (the TLS run) Node trusts the test CA through NODE_EXTRA_CA_CERTS.
    const request = (base.protocol === 'https:' ? https : http).request(
      { host: base.hostname, port: base.port, method, path, headers, setHost: !headers.Host },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      },
    );
    request.on('error', reject);
    request.end();
  });
}

/** The dates of a document's versions, oldest first: the archived ones and the one in force. */
export function versionDates(doc: string): string[] {
  const folder = path.join('content', doc, 'versions');
  const archived = existsSync(folder) ? readdirSync(folder).filter((d) => /^\d{4}-/.test(d)) : [];
  return [...archived.sort(), frontmatterField(doc, 'en', 'lastUpdated')];
}

type Earlier = {
  version: string;
  published: string;
  replaced: string;
  /** The SHA-256 of each PDF as then published, or `none`. */
  pdf: 'none' | Record<string, string>;
};
type PublicationRecord = { version: string; published?: string; earlier?: Earlier[] };

/** A document's publication record (publications.yaml), as written. */
export function publicationRecord(doc: string): PublicationRecord {
  return parse(
    readFileSync(path.join('content', doc, 'publications.yaml'), 'utf8'),
  ) as PublicationRecord;
}

/** The earlier publications of a version of a document that the site replaced in place. */
export function earlierPublications(doc: string, date: string): Earlier[] {
  return (publicationRecord(doc).earlier ?? []).filter((e) => e.version === date);
}

/**
 * The last day the site changed a version's files, from the records alone: the day it was
 * published (a text dated by its source: the first publication its record names), each
 * correction (versions/<date>/corrigenda.yaml), each replacement in place, and the day the
 * text in force was published as it is.
 */
export function changedOn(doc: string, date: string): string {
  const record = publicationRecord(doc);
  const earlier = earlierPublications(doc, date);
  const stated = dateOf(doc, date, 'dateSource') === 'source';
  const corrigenda = path.join('content', doc, 'versions', date, 'corrigenda.yaml');
  const corrected = existsSync(corrigenda)
    ? (parse(readFileSync(corrigenda, 'utf8')) as { corrigenda: { date: string }[] }).corrigenda
    : [];
  return [
    ...(stated ? earlier.map((e) => e.published) : [date]),
    ...corrected.map((c) => String(c.date)),
    ...earlier.map((e) => String(e.replaced)),
    ...(record.version === date && record.published ? [String(record.published)] : []),
  ]
    .map(String)
    .sort()
    .at(-1)!;
}

/** A frontmatter field of a version of a document, archived or in force. */
function dateOf(doc: string, date: string, field: string): string | undefined {
  const archived = path.join('content', doc, 'versions', date, 'en.mdx');
  const file = existsSync(archived) ? archived : path.join('content', doc, 'en.mdx');
  return new RegExp(`^${field}:\\s*(\\S+)`, 'm').exec(readFileSync(file, 'utf8'))?.[1];
}

/**
 * The pages each document has beside itself, in both languages: its history, its bilingual view,
 * its compare page (with two versions or more), a page per version and a changes page per
 * version after the first. `key` is the path without language; `listed` is false for the
 * version in force, whose canonical page is the document, and for the compare page.
 */
export function historyPages(): {
  locale: Locale;
  doc: string;
  key: string;
  path: string;
  lastmod: string;
  listed: boolean;
}[] {
  return documents().flatMap((doc) => {
    const dates = versionDates(doc);
    const current = dates.at(-1)!;
    const changed = (date: string) => changedOn(doc, date);
    const latest = (...days: string[]) => days.sort().at(-1)!;
    const keys = [
      { key: `${doc}/history`, lastmod: latest(...dates.map(changed)), listed: true },
      { key: `${doc}/bilingual`, lastmod: changed(current), listed: true },
      ...(dates.length > 1
        ? [{ key: `${doc}/compare`, lastmod: latest(...dates.map(changed)), listed: false }]
        : []),
      ...dates.flatMap((date, index) => [
        { key: `${doc}/${date}`, lastmod: changed(date), listed: date !== current },
        ...(index > 0
          ? [
              {
                key: `${doc}/${date}/changes`,
                lastmod: latest(changed(date), changed(dates[index - 1]!)),
                listed: true,
              },
            ]
          : []),
        // Texts replaced in place: kept to be read and checked, not listed.
        ...earlierPublications(doc, date).map((e) => ({
          key: `${doc}/${date}/published/${e.published}`,
          // The site began serving them on 2026-12-07 (KEPT_PUBLICATIONS_SERVED_SINCE).
          lastmod: latest(e.replaced, '2026-12-07'),
          listed: false,
        })),
      ]),
    ];
    return keys.flatMap((k) =>
      LOCALES.map((locale) => ({ ...k, locale, doc, path: pagePath(locale, k.key) })),
    );
  });
}

/**
 * The WCAG 2.2 AA rules of axe that read colours. The dark scheme changes nothing but the custom
 * properties of app/tokens.css (tests/unit/stylesheets.test.ts holds that), so a page checked in
 * full in light colours needs only these again in dark ones.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Fails with every WCAG 2.2 AA violation axe finds on the page, each with its elements: of the
 * `rules` named only, if given, and `within` the elements a selector names only, if given.
 */
export async function expectNoViolations(
  page: Page,
  what: string,
  { rules, within }: { rules?: string[]; within?: string } = {},
) {
  // Only violations come back: the passes of a long page are thousands of nodes to serialize.
  let axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  axe = rules
    ? axe.withRules(rules)
    : axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  if (within) axe = axe.include(within);
  const { violations } = await axe.analyze();
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, what).toEqual([]);
}

export type RawAnswer =
  | { status: number; head: string; headers: [string, string][]; body: string }
  | { dropped: true; data: string };

/**
 * Sends bytes exactly as given on a new connection and reads the final answer (interim 1xx
 * answers skipped) until the server closes, or `dropped` if no whole answer came.
 */
export function sendRaw(
  text: string,
  { closeAfterHead = false }: { closeAfterHead?: boolean } = {},
): Promise<RawAnswer> {
  const base = new URL(process.env.BASE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3100}`);
  return new Promise((resolve) => {
    const socket =
      base.protocol === 'https:'
        ? tls.connect({ port: Number(base.port), host: base.hostname, rejectUnauthorized: false })
        : net.connect(Number(base.port), base.hostname);
    let data = Buffer.alloc(0);
    const finish = () => {
      socket.destroy();
      let rest = data.toString('latin1');
      while (/^HTTP\/1\.[01] 1\d\d /.test(rest) && rest.includes('\r\n\r\n')) {
        rest = rest.slice(rest.indexOf('\r\n\r\n') + 4);
      }
      const end = rest.indexOf('\r\n\r\n');
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(rest);
      if (end === -1 || !match) return resolve({ dropped: true, data: rest.slice(0, 200) });
      const lines = rest.slice(0, end).split('\r\n').slice(1);
      const headers = lines.map(
        (l) =>
          [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()] as [
            string,
            string,
          ],
      );
      resolve({
        status: Number(match[1]),
        head: rest.slice(0, end),
        headers,
        body: rest.slice(end + 4),
      });
    };
    socket.on('data', (chunk) => {
      data = Buffer.concat([data, chunk]);
      // For a request whose body is never sent in full: stop at the first answer's headers.
      if (closeAfterHead && data.includes('\r\n\r\n')) finish();
    });
    socket.on('close', finish);
    socket.on('error', () => undefined);
    // Bounded, not timed: a server that neither answers nor closes fails after a minute.
    socket.setTimeout(60_000, finish);
    socket.write(text, 'latin1', () => undefined);
  });
}

export type TextSize = { name: string; px: number };

/**
 * Run in the page (Playwright's or Puppeteer's evaluate): the computed font size of every
 * visible element that holds text, in document order.
 */
export function measureTextSizes(): TextSize[] {
  return [...document.querySelectorAll('body *')]
    .filter(
      (el) =>
        el.getBoundingClientRect().width > 0 &&
        [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()),
    )
    .map((el) => ({
      name: `${el.tagName.toLowerCase()}.${el.className}`,
      px: parseFloat(getComputedStyle(el).fontSize),
    }));
}

/**
 * The texts that did not follow the root's size from `standard` to `chosen` (each should be
 * its standard size times the root's ratio, within half a pixel), as "name: before → after".
 */
export function unscaledTexts(
  standard: { root: number; texts: TextSize[] },
  chosen: { root: number; texts: TextSize[] },
): string[] {
  const scale = chosen.root / standard.root;
  if (chosen.texts.length !== standard.texts.length) return ['the page changed between sizes'];
  return chosen.texts
    .map((x, i) => ({ ...x, was: standard.texts[i]!.px }))
    .filter((x) => Math.abs(x.px - x.was * scale) > 0.5)
    .map((x) => `${x.name}: ${x.was}px → ${x.px}px`);
}
