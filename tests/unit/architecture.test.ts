// The folders of the project import downwards only, the layers of lib/ too, and the MDX pipeline
// stays pure (ARCHITECTURE.md, "Invariants"). Every import counts: static, re-exports, side
// effects, dynamic import() and type-only import('…') in JSDoc. A change that breaks a layer
// fails here with the file and the import to move.
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
  // What the export ships to the host: nginx configuration (from the cache policy), releases.
  host: ['http'],
};

/** The only folder of lib/ whose files may import the framework (components and app/ do too). */
const FRAMEWORK_FOLDER = 'pages';
/**
 * The two files outside it that must: the site's server hands Next.js a path
 * (lib/http/next-renderer.ts), and the build adapter is written against Next's adapter type.
 */
const FRAMEWORK_FILES = ['lib/http/next-renderer.ts', 'lib/build/framework-free-html.mjs'];
const FRAMEWORK = /^(next|next-intl)(\/|$)/;

/**
 * What each top-level folder may import from the others ('.' is the configuration files at the
 * root). scripts/ and bench/ reach tests/ only for tests/support/.
 */
const AREAS: Record<string, readonly string[]> = {
  '.': ['app', 'i18n', 'lib', 'locales', 'tests'],
  app: ['components', 'i18n', 'lib', 'locales'],
  components: ['i18n', 'lib', 'locales'],
  lib: ['i18n', 'locales'],
  i18n: ['locales'],
  locales: [],
  content: [],
  public: [],
  deploy: [],
  docs: [],
  scripts: ['i18n', 'lib', 'locales', 'tests'],
  bench: ['i18n', 'lib', 'scripts', 'tests'],
  tests: ['.', 'app', 'bench', 'components', 'i18n', 'lib', 'locales', 'scripts'],
};
const SUPPORT = 'tests/support/';
/** What the pure pipeline must not touch: the disk, the process, the clock of the machine. */
const IMPURE = /^(node:)?(fs|fs\/promises|child_process|os|process)$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(file);
    return /\.(ts|tsx|mts|mjs|js)$/.test(entry.name) && !/\.d\.m?ts$/.test(entry.name)
      ? [file]
      : [];
  });
}

/** Every module a file names: `from '…'`, `import '…'`, and `import('…')` (its fixed start). */
function imports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const patterns = [
    /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'([^']+)'/g,
    /(?:^|\n)\s*import\s+'([^']+)'/g,
    /\bimport\(\s*['"`]([^'"`$]+)/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1]!));
}

/** The project-relative path an import names, or undefined for a package. */
function targetOf(specifier: string, from: string): string | undefined {
  if (specifier.startsWith('@/')) return specifier.slice(2);
  if (specifier.startsWith('.')) return path.join(path.dirname(from), specifier);
  return undefined;
}

/** The top-level folder of a project path ('.' for a file at the root). */
const areaOf = (file: string) => (file.includes('/') ? file.split('/')[0]! : '.');

/** Folders git does not keep (build output, dependencies): named in .gitignore as `name/`. */
const ignored = new Set(
  readFileSync('.gitignore', 'utf8')
    .split('\n')
    .filter((line) => /^[^#*!][^*]*\/$/.test(line.trim()))
    // `/host/` is the root's host/ only (lib/host/ is code): a top-level folder all the same.
    .map((line) => line.trim().replace(/^\//, '').slice(0, -1)),
);
const topFolders = readdirSync('.', { withFileTypes: true })
  .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !ignored.has(e.name))
  .map((e) => e.name)
  .sort();

/** The lib/ folder an import lands in ('' for lib/'s own files), or undefined outside lib/. */
function folderOf(specifier: string, from: string): string | undefined {
  const target = targetOf(specifier, from);
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

  it(`only lib/${FRAMEWORK_FOLDER}/ and ${FRAMEWORK_FILES.join(', ')} import the framework`, () => {
    for (const file of FRAMEWORK_FILES) {
      expect(
        imports(file).some((s) => FRAMEWORK.test(s)),
        `${file} still imports next`,
      ).toBe(true);
    }
    const wrong = files('lib')
      .filter((file) => !file.startsWith(path.join('lib', FRAMEWORK_FOLDER)))
      .filter((file) => !FRAMEWORK_FILES.includes(file))
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

describe('the folders of the project', () => {
  it('has a rule for every top-level folder', () => {
    expect(topFolders).toEqual(
      Object.keys(AREAS)
        .filter((area) => area !== '.')
        .sort(),
    );
  });

  it('import only the folders they may, and tests/ only for tests/support/', () => {
    const rootFiles = readdirSync('.', { withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ts|tsx|mts|mjs)$/.test(e.name) && !/\.d\.ts$/.test(e.name))
      .map((e) => e.name);
    const all = [...rootFiles, ...topFolders.flatMap((folder) => files(folder))];
    const wrong: string[] = [];
    for (const file of all) {
      const area = areaOf(file);
      for (const specifier of imports(file)) {
        const target = targetOf(specifier, file);
        if (target === undefined) continue;
        const to = areaOf(target);
        if (to === area) continue;
        const allowed = AREAS[area]!.includes(to);
        const intoSupport = to !== 'tests' || area === '.' || target.startsWith(SUPPORT);
        if (!allowed || !intoSupport) {
          wrong.push(`${file} imports ${specifier}: ${area}/ may not import ${target}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('finds dynamic imports, re-exports and type-only imports', () => {
    // The checks above are only as good as what imports() sees.
    expect(imports('i18n/request.ts')).toContain('../locales/');
    expect(imports('lib/http/next-renderer.ts')).toContain('next');
    expect(imports('lib/pdf/render-version-pdf.ts')).toContain('@/locales/en.json');
  });
});
