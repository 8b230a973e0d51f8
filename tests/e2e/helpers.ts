// Facts the browser tests check pages against, read straight from the content files.
import { readdirSync, readFileSync } from 'node:fs';
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
