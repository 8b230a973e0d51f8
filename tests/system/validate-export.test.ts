// Runs the independent validators over the whole export (out/, or EXPORT_DIR):
// - every HTML page through the W3C Nu Html Checker (npm vnu-jar; Java from Debian): no error
//   and no warning; its info notes (trailing slashes on void elements, which React writes) are
//   counted, not failed;
// - sitemap.xml against the sitemaps.org 0.9 XSD (npm sitemap) with XHTML 1.0 Strict for the
//   xhtml:link alternates (Debian python3-xmlschema);
// - each feed.xml against the RELAX NG compact schema of RFC 4287 (tests/validators/atom.rnc,
//   Debian jing).
// Everything is read from this machine: no schema is fetched at run time.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
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

let failed = false;

function html() {
  const pages = filesNamed(outDir, /\.html$/);
  const { stdout } = run('java', ['-Xss8m', '-jar', VNU, '--format', 'json', '--stdout', ...pages]);
  const messages = (JSON.parse(stdout) as { messages: VnuMessage[] }).messages;
  const problems = messages.filter((m) => m.type !== 'info' || m.subType === 'warning');
  const notes = messages.length - problems.length;
  for (const m of problems) {
    const file = m.url ? relative(outDir, new URL(m.url).pathname) : '?';
    console.error(`${file}: ${m.subType ?? m.type}: ${m.message}`);
  }
  console.log(
    `Nu Html Checker: ${pages.length} pages, ${problems.length} errors and warnings, ${notes} info notes`,
  );
  if (problems.length) failed = true;
}

function sitemap() {
  const script = join(root, 'tests/validators/sitemap_xsd.py');
  const file = join(outDir, 'sitemap.xml');
  const result = run('/usr/bin/python3', [script, SITEMAP_XSD, XHTML_XSD, file]);
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  if (result.status !== 0) failed = true;
}

function atom() {
  const feeds = filesNamed(outDir, /^feed\.xml$/);
  const result = run('jing', ['-c', join(root, 'tests/validators/atom.rnc'), ...feeds]);
  // Debian's jing wrapper warns about optional jars it does not need.
  const errors = result.stdout.split('\n').filter((l) => l.includes(': error:'));
  errors.forEach((line) => console.error(line));
  console.log(`Atom (RFC 4287 RELAX NG): ${feeds.length} feeds, ${errors.length} errors`);
  if (result.status !== 0 || feeds.length === 0) failed = true;
}

for (const [path, what] of [
  [VNU, 'vnu-jar (npm ci)'],
  [SITEMAP_XSD, 'the sitemap package (npm ci)'],
  [XHTML_XSD, 'python3-xmlschema (scripts/ensure-test-tools.sh)'],
  [join(outDir, 'sitemap.xml'), 'the export (npx tsx scripts/export.ts)'],
] as const) {
  if (!existsSync(path)) {
    console.error(`Missing ${path}: install ${what}.`);
    process.exit(1);
  }
}
html();
sitemap();
atom();
process.exit(failed ? 1 : 0);
