// The layers of lib/ import downwards only, and the MDX pipeline stays pure (ARCHITECTURE.md,
// "Invariants"). A change that breaks a layer fails here with the file and the import to move.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** What each folder of lib/ may import from the others; the files at lib/'s root are shared. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  mdx: [],
  content: ['mdx'],
  versions: ['mdx', 'content'],
  checks: ['mdx', 'content', 'versions'],
  pdf: ['mdx', 'content', 'versions'],
  pages: ['mdx', 'content', 'versions', 'checks', 'pdf'],
  http: [],
  build: [],
};

/** The only folder whose files may import the framework (components and app/ do too). */
const FRAMEWORK_FOLDER = 'pages';
const FRAMEWORK = /^(next|next-intl)(\/|$)/;
/** What the pure pipeline must not touch: the disk, the process, the clock of the machine. */
const IMPURE = /^(node:)?(fs|fs\/promises|child_process|os|process)$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(file);
    return /\.(ts|tsx|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.mts') ? [file] : [];
  });
}

function imports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'([^']+)'/g)].map(
    (m) => m[1]!,
  );
}

/** The lib/ folder an import lands in ('' for lib/'s own files), or undefined outside lib/. */
function folderOf(specifier: string, from: string): string | undefined {
  const target = specifier.startsWith('@/')
    ? specifier.slice(2)
    : specifier.startsWith('.')
      ? path.join(path.dirname(from), specifier)
      : undefined;
  if (!target?.startsWith('lib/')) return undefined;
  const parts = target.split('/');
  return parts.length > 2 ? parts[1] : '';
}

const layers = Object.keys(MAY_IMPORT);

describe('the layers of lib/', () => {
  it('has a rule for every folder', () => {
    const folders = readdirSync('lib', { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(folders).toEqual([...layers].sort());
  });

  it('import downwards only', () => {
    const wrong: string[] = [];
    for (const layer of layers) {
      for (const file of files(path.join('lib', layer))) {
        for (const specifier of imports(file)) {
          const folder = folderOf(specifier, file);
          if (folder === undefined || folder === '' || folder === layer) continue;
          if (!MAY_IMPORT[layer]!.includes(folder)) {
            wrong.push(`${file} imports ${specifier}: lib/${layer}/ may not import lib/${folder}/`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("lib/'s own files import no folder of lib/", () => {
    const wrong = readdirSync('lib', { withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ts|mjs)$/.test(e.name) && !e.name.endsWith('.d.mts'))
      .flatMap((e) =>
        imports(path.join('lib', e.name))
          .filter((s) => folderOf(s, path.join('lib', e.name)))
          .map((s) => `lib/${e.name} imports ${s}`),
      );
    expect(wrong).toEqual([]);
  });

  it(`only lib/${FRAMEWORK_FOLDER}/ imports the framework`, () => {
    const wrong = files('lib')
      .filter((file) => !file.startsWith(path.join('lib', FRAMEWORK_FOLDER)))
      .flatMap((file) =>
        imports(file)
          .filter((s) => FRAMEWORK.test(s))
          .map((s) => `${file} imports ${s}`),
      );
    expect(wrong).toEqual([]);
  });

  it('the MDX pipeline reads no file and no environment', () => {
    const wrong = files('lib/mdx').flatMap((file) => [
      ...imports(file)
        .filter((s) => IMPURE.test(s))
        .map((s) => `${file} imports ${s}`),
      ...(/\bprocess\.(env|cwd)\b/.test(readFileSync(file, 'utf8'))
        ? [`${file} reads process`]
        : []),
    ]);
    expect(wrong).toEqual([]);
  });
});
