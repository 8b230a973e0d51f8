// What a content rule is (an id, a description for the rules tables, a check) and what every
// check receives: the documents that compiled, in every language, and what reading them found.
import type { Locale } from '@/i18n/routing';
import type { CompiledDocument } from '@/lib/mdx/compile';
import type { Glossary } from '@/lib/content/glossary';
import type { InterfaceFile } from '@/lib/content/interface-strings';
import type { Finding } from '@/lib/mdx/problem';
import type { RefusedStatements } from '@/lib/content/refused-statements';
import type { KeyClauses } from '@/lib/content/key-clauses';
import type { VersionFolder } from '@/lib/versions/version-record';
import type { KeptFile, PublicationRecord } from '@/lib/versions/publications';

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
  /** The content folder's key-clauses.yaml, if it has one. */
  keyClauses?: KeyClauses;
  /** Every archived version folder, with its files' checksums and its record (SHA256SUMS). */
  archives: readonly VersionFolder[];
  /**
   * Each document's publication record (publications.yaml) that parsed, with its text (for
   * places in messages) and the kept files of each earlier publication, in the record's order.
   */
  publications: readonly {
    slug: string;
    record?: PublicationRecord;
    source: string;
    kept: readonly (readonly KeptFile[])[];
  }[];
  /**
   * The records that hold notes for readers, as written: each archived version's corrigenda.yaml
   * and each document's publications.yaml.
   */
  records: readonly { slug: string; file: string; source: string }[];
  /** What reading the content folder found before any rule ran; each is one rule's to report. */
  scans: Scans;
};

export type Scans = {
  /** Document folders: a name that cannot be a URL, a language missing (scanDocuments). */
  folders: readonly Finding[];
  /** Version folders: a name that is not a date, a language missing (scanVersions). */
  versions: readonly Finding[];
  /** glossary.yaml when it is not valid YAML or does not match its schema. */
  glossary: readonly Finding[];
  /** refused-statements.yaml when it is not valid YAML or does not match its schema. */
  refusedStatements: readonly Finding[];
  /** The frontmatter of the files that did not compile. */
  frontmatter: readonly Finding[];
  /** The MDX text of the files that did not compile. */
  mdx: readonly Finding[];
  /** corrigenda.yaml files of archived versions that are not valid YAML or do not match their schema. */
  corrigenda: readonly Finding[];
  /** key-clauses.yaml when it is not valid YAML or does not match its schema. */
  keyClauses: readonly Finding[];
  /** publications.yaml files that are not valid YAML or do not match their schema. */
  publications: readonly Finding[];
};

/**
 * One content check. Its id names it everywhere: in every problem it reports
 * (`[internal-links]`), its file lib/checks/rules/<id>.ts, its failing fixture
 * tests/fixtures/content/rules/<id>/ and its test tests/unit/checks/rules/<id>.test.ts. The rules tables
 * of README.md, CONTENT.md and CONTENT.zh-CN.md are written from `description` by
 * `npm run docs`.
 */
export type Rule = {
  /** kebab-case, the same as the file name. */
  id: string;
  /** One line on what the rule refuses, for the rules tables: English and Chinese. */
  description: Record<Locale, string>;
  /** What is wrong; the checker adds the rule's id to each finding. */
  check: (context: RuleContext) => Finding[];
};

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
