// Facts the browser tests check pages against, read straight from the content files.
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

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
    .map((l) => l.replace(/\[([^\]]+)\](?:\([^)]+\)|\[[^\]]+\])/g, '$1').replace(/\*\*/g, ''));
}

/** The public origin the build was made for (SITE_URL), which every absolute URL must use. */
export const SITE_URL = process.env.SITE_URL ?? 'https://www.amazonaws.cn';

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
    const request = http.request(
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
