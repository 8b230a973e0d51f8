// The independent validators over the whole export (out/, or EXPORT_DIR):
// - every HTML page through the W3C Nu Html Checker (npm vnu-jar; Java from Debian): no error
//   and no warning; its info notes (trailing slashes on void elements, which React writes) are
//   counted, not failed;
// - sitemap.xml against the sitemaps.org 0.9 XSD (npm sitemap) with XHTML 1.0 Strict for the
//   xhtml:link alternates (Debian python3-xmlschema);
// - each feed.xml against the RELAX NG compact schema of RFC 4287 (tests/validators/atom.rnc,
//   Debian jing).
// Everything is read from this machine: no schema is fetched at run time. `npm run validate`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const outDir = process.env.EXPORT_DIR ?? join(root, 'out');
const VNU = join(root, 'node_modules/vnu-jar/build/dist/vnu.jar');
const SITEMAP_XSD = join(root, 'node_modules/sitemap/schema/sitemap.xsd');
const XHTML_XSD = '/usr/lib/python3/dist-packages/xmlschema/schemas/XHTML/xhtml1-strict.xsd';

function filesNamed(dir: string, name: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && name.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

type VnuMessage = { type: string; subType?: string; url?: string; message: string };

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return result;
}

beforeAll(() => {
  const missing = (
    [
      [VNU, 'vnu-jar (npm ci)'],
      [SITEMAP_XSD, 'the sitemap package (npm ci)'],
      [XHTML_XSD, 'python3-xmlschema (scripts/ensure-test-tools.sh)'],
      [join(outDir, 'sitemap.xml'), 'the export (npx tsx scripts/export.ts)'],
    ] as const
  ).filter(([path]) => !existsSync(path));
  if (missing.length > 0) {
    throw new Error(missing.map(([path, what]) => `Missing ${path}: install ${what}.`).join('\n'));
  }
});

describe('the export, through independent validators', () => {
  it('has no error and no warning of the Nu Html Checker on any page', () => {
    const pages = filesNamed(outDir, /\.html$/);
    const args = ['-Xss8m', '-jar', VNU, '--format', 'json', '--stdout', ...pages];
    const { stdout } = run('java', args);
    const messages = (JSON.parse(stdout) as { messages: VnuMessage[] }).messages;
    const problems = messages.filter((m) => m.type !== 'info' || m.subType === 'warning');
    const notes = messages.length - problems.length;
    console.log(
      `Nu Html Checker: ${pages.length} pages, ${problems.length} errors and warnings, ${notes} info notes`,
    );
    expect(pages.length).toBeGreaterThan(0);
    expect(
      problems.map((m) => {
        const file = m.url ? relative(outDir, new URL(m.url).pathname) : '?';
        return `${file}: ${m.subType ?? m.type}: ${m.message}`;
      }),
    ).toEqual([]);
  });

  it('has a sitemap.xml valid against the sitemaps.org 0.9 XSD, xhtml:link alternates included', () => {
    const script = join(root, 'tests/validators/sitemap_xsd.py');
    const file = join(outDir, 'sitemap.xml');
    const result = run('/usr/bin/python3', [script, SITEMAP_XSD, XHTML_XSD, file]);
    console.log(result.stdout.trimEnd());
    expect(result.status, result.stderr).toBe(0);
  });

  it('has feeds valid against the RELAX NG schema of RFC 4287 (Atom)', () => {
    const feeds = filesNamed(outDir, /^feed\.xml$/);
    const result = run('jing', ['-c', join(root, 'tests/validators/atom.rnc'), ...feeds]);
    // Debian's jing wrapper warns about optional jars it does not need.
    const errors = result.stdout.split('\n').filter((l) => l.includes(': error:'));
    console.log(`Atom (RFC 4287 RELAX NG): ${feeds.length} feeds, ${errors.length} errors`);
    expect(feeds.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(result.status, result.stdout).toBe(0);
  });
});
