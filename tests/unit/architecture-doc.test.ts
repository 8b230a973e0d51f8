// ARCHITECTURE.md is true to the letter: every path it names exists (a bare file name is looked
// for in the folder its paragraph is about), and every top-level folder is named in it, so a
// move or a new folder that forgets the page fails here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const PAGE = 'ARCHITECTURE.md';
const text = readFileSync(PAGE, 'utf8');

/** Folders git does not keep (build output, dependencies): named in .gitignore as `name/`. */
const ignored = readFileSync('.gitignore', 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => /^[^#*!][^*]*\/$/.test(line))
  .map((line) => line.replace(/^\//, '').slice(0, -1));
const isIgnored = (p: string) =>
  ignored.some((folder) => p === folder || p.startsWith(`${folder}/`));

const rootEntries = new Set(readdirSync('.'));
const topFolders = readdirSync('.', { withFileTypes: true })
  .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !ignored.includes(e.name))
  .map((e) => e.name);

/** Every file under a folder, as paths from the root. */
function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? [p, ...walk(p)] : [p];
  });
}

type Named = { token: string; context: string; line: number };

/** Code spans that name a path: from a top-level entry, or a file name with an extension. */
function namedPaths(): Named[] {
  const named: Named[] = [];
  let context = '.';
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') context = '.';
    // A paragraph of the code map opens with its folder in bold (**`lib/mdx/`**), and the names
    // after it are in that folder until the next one.
    for (const [, folder, span] of line.matchAll(/\*\*`([^`]+\/)`|`([^`\s]+)`/g)) {
      if (folder) {
        context = folder;
        continue;
      }
      const clean = span!.replace(/[),.;:]+$/, '');
      if (/[<>*…{}]/.test(clean) || /^https?:/.test(clean)) continue;
      const first = clean.split('/')[0]!;
      const fromRoot = rootEntries.has(first) && (clean.includes('/') || /\.[a-z]+$/.test(clean));
      const fileName =
        !clean.includes('/') && /^[\w.-]+\.(ts|tsx|mts|mjs|js|json|md|yaml|css|sh)$/.test(clean);
      if (fromRoot || fileName) named.push({ token: clean, context, line: index + 1 });
    }
  });
  return named;
}

describe(PAGE, () => {
  it('names only paths that exist', () => {
    const missing = namedPaths().filter(({ token, context }) => {
      if (isIgnored(token)) return false;
      if (existsSync(token)) return false;
      // A bare name or a path within the paragraph's folder (rules/<id>.ts is skipped above).
      if (existsSync(path.join(context, token))) return false;
      // Under the paragraph's folder, or (a kind of file no document has yet) in the fixtures.
      const under = [
        ...(context === '.' ? topFolders.flatMap(walk) : walk(context)),
        ...walk('tests/fixtures'),
      ];
      return !under.some((p) => p === token || p.endsWith(`/${token}`));
    });
    expect(missing.map((m) => `${PAGE}:${m.line} names ${m.token}, which does not exist`)).toEqual(
      [],
    );
  });

  it('names every top-level folder', () => {
    const unnamed = topFolders.filter((folder) => !text.includes(`\`${folder}/\``));
    expect(unnamed).toEqual([]);
  });

  it('is checked against paths it really names', () => {
    // The check above is only as good as what namedPaths() finds.
    const tokens = namedPaths().map((n) => n.token);
    expect(tokens).toEqual(expect.arrayContaining(['lib/mdx/compile.ts', 'frontmatter.ts']));
  });
});
