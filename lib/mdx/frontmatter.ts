// Splits and validates a document's YAML frontmatter against the strict schema.
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { locales } from '@/i18n/routing';
import type { Finding } from '@/lib/mdx/problem';
import { KEBAB_NAME } from '@/lib/mdx/names';

/** Where a version's dates come from (the dateSource field). */
export const DATE_SOURCES = ['source', 'legal-team'] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD, for example 2017-03-09')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'is not a real calendar date');

const sectionId = z.string().regex(KEBAB_NAME, 'must be a section id such as "cookies"');

/** One revision of a translation: the day it was published and what it changed. */
const translationRevision = z.strictObject({
  date: isoDate,
  summary: z.string().trim().min(1, 'must not be empty'),
});

/** Each field's hint, shown with any problem of that field: kept beside the field's schema. */
const fieldHints = z.registry<{ hint: string }>();

/** The field's schema, with the hint an editor reads when its value is wrong or missing. */
function field<T extends z.ZodType>(schema: T, hint: string): T {
  // A copy, so a schema shared by several fields (isoDate) carries no field's hint.
  const copy = schema.clone();
  fieldHints.add(copy, { hint });
  return copy;
}

export const frontmatterSchema = z
  .strictObject({
    title: field(
      z.string().trim().min(1, 'must not be empty'),
      'write the document title, for example: title: Privacy Policy',
    ),
    description: field(
      z.string().trim().min(1, 'must not be empty'),
      'write one sentence that says what the document covers',
    ),
    lastUpdated: field(
      isoDate,
      'write the date of the last change as YYYY-MM-DD, for example: lastUpdated: 2017-03-09',
    ),
    /**
     * Where the dates come from: `source`, the date the text itself states (the 2017 privacy
     * policy's "Last updated: March 9, 2017"), which is all the site then shows of it, never an
     * effective date or "in force"; `legal-team`, publication and effective dates the legal team
     * set when publishing the version here. Without the field, legal-team: the texts archived
     * before the field existed cannot gain it (their bytes are recorded), and theirs were.
     */
    dateSource: field(
      z.enum(DATE_SOURCES, { error: `must be one of ${DATE_SOURCES.join(', ')}` }).optional(),
      'write where lastUpdated comes from: dateSource: source (the date the text itself states) or dateSource: legal-team (the day the legal team published it here, the default)',
    ),
    /**
     * The day this version takes effect, when later than its publication (lastUpdated): until then
     * it is announced and the version before it stays in force. Never earlier than lastUpdated.
     */
    effective: field(
      isoDate.optional(),
      'write the date this version takes effect as YYYY-MM-DD, on or after lastUpdated, or remove the field when it takes effect on publication',
    ),
    /** The language whose text applies when the two versions differ (the bilingual view says so). */
    prevailingLanguage: field(
      z.enum(locales, { error: `must be one of ${locales.join(', ')}` }),
      `write the language whose text prevails if the two differ: ${locales.join(' or ')}`,
    ),
    /** The editors' summary of what this version changed, shown in the history and the feed. */
    changeSummary: field(
      z.string().trim().min(1, 'must not be empty').optional(),
      'write one or two sentences saying what changed in this version, or remove the field',
    ),
    /**
     * Only in a translation (a file whose language is not prevailingLanguage): each time the
     * translation was revised after its version was published, oldest first, with what changed.
     * The prevailing text did not change, so this is not a new version; the pages say it instead.
     */
    translationRevisions: field(
      z
        .array(translationRevision)
        .min(1, 'must list at least one revision, or be removed')
        .optional(),
      'list each revision of this translation as "- date: YYYY-MM-DD" and "summary: what changed" (two spaces before summary), oldest first',
    ),
    /** Fragments used by earlier versions of the page, mapped to the section they now point to. */
    legacyAnchors: field(
      z.record(sectionId, z.array(z.string().min(1)).min(1)).optional(),
      'map a section id to a list of old fragments, for example: cookies: [What About Cookies]',
    ),
  })
  .check((ctx) => {
    const { lastUpdated, effective, dateSource } = ctx.value;
    if (effective !== undefined && dateSource === 'source') {
      ctx.issues.push({
        code: 'custom',
        input: effective,
        path: ['effective'],
        message: `cannot be given with dateSource: source: the text states no effective date, and the site shows none`,
      });
    } else if (effective !== undefined && effective < lastUpdated) {
      ctx.issues.push({
        code: 'custom',
        input: effective,
        path: ['effective'],
        message: `${effective} is earlier than lastUpdated ${lastUpdated}: a version cannot take effect before it is published`,
      });
    }
  });

export type Frontmatter = z.infer<typeof frontmatterSchema>;

/** The day a version takes effect: its effective date, or its publication date without one. */
export const effectiveDate = (fm: Pick<Frontmatter, 'lastUpdated' | 'effective'>): string =>
  fm.effective ?? fm.lastUpdated;

/** Where a version's dates come from; legal-team when the field is left out. */
export const dateSourceOf = (fm: Pick<Frontmatter, 'dateSource'>): DateSource =>
  fm.dateSource ?? 'legal-team';

/**
 * The effective date a page may state: none when the dates are the source's own (it states only
 * when it was last updated), else the day the version takes effect.
 */
export const statedEffective = (
  fm: Pick<Frontmatter, 'lastUpdated' | 'effective' | 'dateSource'>,
): string | undefined => (dateSourceOf(fm) === 'source' ? undefined : effectiveDate(fm));

type Field = keyof typeof frontmatterSchema.shape;
const FIELDS = Object.keys(frontmatterSchema.shape) as Field[];

/** The hint for a field's problem, from the field's own entry in the schema. */
function fieldHint(name: string): string | undefined {
  const schema = (frontmatterSchema.shape as Record<string, z.ZodType | undefined>)[name];
  return schema && fieldHints.get(schema)?.hint;
}

/** The fields every file must have, in the schema's order: title, description, lastUpdated, … */
export const REQUIRED_FIELDS: readonly Field[] = FIELDS.filter(
  (name) => !frontmatterSchema.shape[name].safeParse(undefined).success,
);

export type SplitSource = {
  /** The raw YAML between the --- fences. */
  yaml: string;
  /** The body with the frontmatter replaced by blank lines, so MDX line numbers match the file. */
  body: string;
  /** 1-based line of the first YAML line. */
  yamlStartLine: number;
};

/** Normalises line endings and separates the frontmatter from the body. */
export function splitFrontmatter(source: string, file: string): SplitSource | Finding {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) {
    return {
      file,
      line: 1,
      column: 1,
      message: 'the file does not start with a frontmatter block',
      hint: `begin the file with a line "---", the fields ${REQUIRED_FIELDS.join(', ')}, and another "---"`,
    };
  }
  const frontLines = match[0].split('\n').length - 1;
  return {
    yaml: match[1] ?? '',
    body: '\n'.repeat(frontLines) + text.slice(match[0].length),
    yamlStartLine: 2,
  };
}

/** Parses and validates frontmatter; every problem names the file, line and field. */
export function parseFrontmatter(
  split: SplitSource,
  file: string,
): { data: Frontmatter; problems: [] } | { data: null; problems: Finding[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter, prettyErrors: false });
  const at = (offset: number | undefined) => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: split.yamlStartLine + pos.line - 1, column: pos.col };
  };

  if (doc.errors.length > 0) {
    return {
      data: null,
      problems: doc.errors.map((e) => ({
        file,
        ...at(e.pos[0]),
        message: `frontmatter is not valid YAML: ${e.message.split('\n')[0]}`,
        hint: 'write each field as "name: value" on its own line; put a value containing ": " in quotes',
      })),
    };
  }

  const result = frontmatterSchema.safeParse(doc.toJS() ?? {});
  if (result.success) return { data: result.data, problems: [] };

  /** Where a key is written: at the top level, or in the map at `within` (a list entry). */
  const keyOffset = (field: string, within: PropertyKey[] = []): number | undefined => {
    const map = within.length > 0 ? doc.getIn(within as (string | number)[], true) : doc.contents;
    if (!isMap(map)) return undefined;
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === field);
    return pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
  };

  const problems: Finding[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const nested = issue.path.length > 0;
      // A translationRevisions entry is the only object inside the frontmatter.
      const allowed = Object.keys(nested ? translationRevision.shape : frontmatterSchema.shape);
      for (const key of issue.keys) {
        const name = [...issue.path, key].join('.');
        problems.push({
          file,
          ...at(keyOffset(key, issue.path)),
          message: `frontmatter field "${name}" is not allowed`,
          hint: `remove it or correct its spelling; the fields are ${allowed.join(', ')}`,
        });
      }
      continue;
    }
    const field = String(issue.path[0] ?? '');
    const last = String(issue.path.at(-1) ?? '');
    const missing =
      issue.code === 'invalid_type' && keyOffset(last, issue.path.slice(0, -1)) === undefined;
    // A problem inside a list (translationRevisions.0.date) is placed at the deepest value of
    // its path that is written (the entry itself when one of its fields is missing).
    let offset = keyOffset(field);
    for (let depth = issue.path.length; depth > 1; depth--) {
      const node = doc.getIn(issue.path.slice(0, depth) as (string | number)[], true);
      if (isNode(node) && node.range) {
        offset = node.range[0];
        break;
      }
    }
    problems.push({
      file,
      ...at(offset),
      message: missing
        ? `frontmatter field "${issue.path.join('.')}" is missing`
        : `frontmatter field "${issue.path.join('.')}" ${issue.message}`,
      hint: fieldHint(field),
    });
  }
  return { data: null, problems };
}
