// A part of a Markdown page written from the code (a rules table, the headers table) between two
// markers: `npm run docs` rewrites every one, and a unit test fails when a committed page differs
// from what the command would write, naming the command.
import { format, resolveConfig } from 'prettier';

export type GeneratedSection = {
  file: string;
  start: string;
  end: string;
  /** What the section is, for messages: "rules table", "security-headers table". */
  what: string;
  /** The page's text with the section rewritten (before formatting). */
  write: (source: string) => string;
};

/** The text with what lies between the two markers replaced by `body`. */
export function replaceBetween(
  source: string,
  { file, start, end, what }: Omit<GeneratedSection, 'write'>,
  body: string,
): string {
  const from = source.indexOf(start);
  const to = source.indexOf(end);
  if (from === -1 || to < from) {
    throw new Error(
      `${file}: the ${what}'s markers are missing; put the lines\n${start}\n${end}\nwhere the table goes`,
    );
  }
  return `${source.slice(0, from)}${start}\n\n${body}\n\n${source.slice(to)}`;
}

/** The page as `npm run docs` writes it: the section rewritten, formatted by prettier. */
export async function withSection(section: GeneratedSection, source: string): Promise<string> {
  const written = section.write(source);
  return format(written, { ...(await resolveConfig(section.file)), filepath: section.file });
}
