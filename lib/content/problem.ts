// A problem found in a content file, located precisely enough for an editor to fix it.
export type Problem = {
  file: string;
  line: number;
  column: number;
  message: string;
  hint?: string;
};

/** `content/privacy/en.mdx:4:14  message` followed by an indented hint line. */
export function formatProblem(p: Problem): string {
  const head = `${p.file}:${p.line}:${p.column}  ${p.message}`;
  return p.hint ? `${head}\n    hint: ${p.hint}` : head;
}

/** Thrown when a document cannot be published; the build stops with every problem listed. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`Content error:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
