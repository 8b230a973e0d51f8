// Reads the interface strings (locales/*.json) with the place of every string, so a content rule
// can point at a word inside one: `locales/zh-CN.json:4:14` and the key `site.name`.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { isLocale, type Locale } from '@/i18n/routing';
import { displayPath } from '@/lib/content/library';

export type InterfaceString = {
  /** The key path, for example header.menus.0.label. */
  key: string;
  value: string;
  /** Offset of the string's opening quote in the file. */
  offset: number;
  /** The string as written in the file, quotes included. */
  raw: string;
};

export type InterfaceFile = {
  file: string;
  locale: Locale;
  /** The file's name without its language: "" for en.json, "navigation" for navigation.en.json. */
  group: string;
  strings: InterfaceString[];
  /** 1-based line and column of an offset in the file. */
  place: (offset: number) => { line: number; column: number };
};

/** The default folder of the interface strings. */
export function localesDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'locales');
}

function collect(node: Node | null, key: string[], source: string, out: InterfaceString[]) {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isScalar(pair.key)) collect(pair.value as Node, [...key, String(pair.key.value)], source, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => collect(item as Node, [...key, String(index)], source, out));
  } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
    const [start, end] = node.range;
    out.push({ key: key.join('.'), value: node.value, offset: start, raw: source.slice(start, end) });
  }
}

/** Every `<name>.<locale>.json` or `<locale>.json` in the folder; none if it does not exist. */
export async function loadInterfaceFiles(dir = localesDir()): Promise<InterfaceFile[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const files: InterfaceFile[] = [];
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    const parts = name.slice(0, -'.json'.length).split('.');
    const locale = parts.pop();
    if (!isLocale(locale)) continue;
    const source = await readFile(path.join(dir, name), 'utf8');
    const lineCounter = new LineCounter();
    // JSON is YAML; the YAML parser keeps the place of every value.
    const doc = parseDocument(source, { lineCounter });
    const strings: InterfaceString[] = [];
    collect(doc.contents, [], source, strings);
    files.push({
      file: displayPath(path.join(dir, name)),
      locale,
      group: parts.join('.'),
      strings,
      place: (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
      },
    });
  }
  return files;
}
