// What the content checks report: a place in a content file precise enough for an editor to fix,
// and the rule (lib/checks/rules/<id>.ts) that found it.

/** Something wrong at a place in a file, as the parsers and the rules find it. */
export type Finding = {
  file: string;
  line: number;
  column: number;
  message: string;
  hint?: string;
};

/** A finding of the content checks, named by the id of the rule that reported it. */
export type Problem = Finding & { rule: string };

/**
 * `content/privacy/en.mdx:4:14  [internal-links] message`: the place first, so editors and
 * terminals can open it, then the rule in brackets, which a message alone does not name.
 */
export function problemLine(p: Finding | Problem): string {
  const rule = 'rule' in p ? `[${p.rule}] ` : '';
  return `${p.file}:${p.line}:${p.column}  ${rule}${p.message}`;
}

/** The problem's line followed by an indented hint line. */
export function formatProblem(p: Finding | Problem): string {
  const head = problemLine(p);
  return p.hint ? `${head}\n    hint: ${p.hint}` : head;
}

/** Thrown when a document cannot be published; the build stops with every problem listed. */
export class ContentError extends Error {
  readonly problems: readonly (Finding | Problem)[];
  constructor(problems: readonly (Finding | Problem)[]) {
    super(`Content error:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
