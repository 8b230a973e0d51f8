// What every content rule receives: the documents that compiled, in every language.
import type { Locale } from '@/i18n/routing';
import type { CompiledDocument } from '../compile';
import type { Glossary } from '../glossary';
import type { InterfaceFile } from '../interface-strings';
import type { Problem } from '../problem';
import type { RefusedStatements } from '../refused-statements';
import type { VersionFolder } from '../version-record';

export type CheckedFile = {
  slug: string;
  locale: Locale;
  /** The date of an archived version (content/<doc>/versions/<date>/); none for the current text. */
  version?: string;
  /** Path shown in messages, e.g. content/privacy/en.mdx. */
  file: string;
  source: string;
  doc: CompiledDocument;
};

export type RuleContext = {
  /** Every document folder with a valid name (published or not). */
  slugs: readonly string[];
  files: readonly CheckedFile[];
  /** Today's date as YYYY-MM-DD in China Standard Time. */
  today: string;
  /** The content folder's glossary.yaml, if it has one. */
  glossary?: Glossary;
  /** The interface strings (locales/*.json), held to the glossary like the documents. */
  interfaceFiles: readonly InterfaceFile[];
  /** The content folder's refused-statements.yaml, if it has one. */
  refused?: RefusedStatements;
  /** Every archived version folder, with its files' checksums and its record (SHA256SUMS). */
  archives: readonly VersionFolder[];
};

export type Rule = (context: RuleContext) => Problem[];

/** The same version of the same document in another language, if it compiled. */
export function counterpart(
  files: readonly CheckedFile[],
  of: CheckedFile,
  locale: Locale,
): CheckedFile | undefined {
  return files.find((f) => f.slug === of.slug && f.version === of.version && f.locale === locale);
}

/** The 1-based line and column of a frontmatter field, for messages about its value. */
export function fieldPlace(source: string, field: string): { line: number; column: number } {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const index = lines.findIndex((l) => l.startsWith(`${field}:`));
  if (index === -1) return { line: 1, column: 1 };
  const value = /^[^:]+:\s*/.exec(lines[index] ?? '')?.[0].length ?? 0;
  return { line: index + 1, column: value + 1 };
}

/** The ids a page carries for a file: its elements' ids and its legacy anchors. */
export function idsOf(file: CheckedFile): Set<string> {
  const legacy = Object.values(file.doc.frontmatter.legacyAnchors ?? {}).flat();
  return new Set([...file.doc.anchors.map((a) => a.id), ...legacy]);
}
