// @ts-check
// The build id, derived from what is built instead of Next.js's random one, so two builds of the
// same commit produce the same .next (a reader never sees the id: the pages carry no framework
// script, but the id is in every prerendered RSC payload and manifest), and any change to what
// the build reads gives another id, committed or not, so an export made before it is seen to be
// stale (lib/host/export-check.ts). With git it is the commit and a hash of the source files as
// they are in the working tree (those git tracks or would track, never the ignored ones, so a
// clean clone gets the same id); without git (a source tarball) a hash of every source file.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * What a build reads, and so what decides its output: the site's code, content and assets, the
 * scripts that draw its PDFs and write the export, the configuration of Next.js and TypeScript,
 * and the dependencies (package-lock.json: the framework).
 */
export const SOURCES = [
  'app',
  'components',
  'content',
  'i18n',
  'lib',
  'locales',
  'public',
  'scripts',
  'global.ts',
  'next.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

/**
 * Every file under `entry`, relative to `root`, sorted, with `/` as the separator on every OS.
 * @param {string} root @param {string} entry @returns {string[]}
 */
function filesUnder(root, entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(root, `${entry}/${name}`));
}

/**
 * A hash of the files' paths and bytes: renaming a file changes it, as editing one does.
 * @param {string} root @param {string[]} files paths relative to `root`, in a fixed order
 * @returns {string}
 */
function hashOf(root, files) {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * A hash of every file under `entries`, in the working tree of `root`.
 * @param {string} root @param {string[]} entries @returns {string}
 */
export function hashFiles(root, entries) {
  return hashOf(
    root,
    entries.flatMap((entry) => filesUnder(root, entry)),
  );
}

/**
 * The files under `entries` that git tracks or would track (not ignored), as they are in the
 * working tree: an uncommitted edit or a new file counts, a deleted one does not, and nothing
 * git ignores (build output, editors' files) can make two checkouts of one commit differ.
 * @param {string} root @param {string[]} entries @returns {string[]}
 */
export function gitSourceFiles(root, entries) {
  const listed = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...entries],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 },
  );
  const files = new Set(listed.split('\0').filter(Boolean));
  return [...files].filter((file) => existsSync(path.join(root, file))).sort();
}

/**
 * The commit checked out in `root`, or undefined when `root` is not the top of a git checkout
 * (a tarball unpacked inside some other repository must not take that repository's commit) or
 * git is missing.
 * @param {string} root @returns {string | undefined}
 */
export function gitCommit(root) {
  try {
    const [top, commit] = execFileSync('git', ['rev-parse', '--show-toplevel', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n');
    return top && realpathSync(top) === realpathSync(root) ? commit : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `<commit, 12 hex>-<sources hash, 10 hex>`, or `src-<sources hash, 22 hex>` without git.
 * @param {string} [root] @returns {string}
 */
export function buildId(root = process.cwd()) {
  const commit = gitCommit(root);
  if (commit) {
    return `${commit.slice(0, 12)}-${hashOf(root, gitSourceFiles(root, SOURCES)).slice(0, 10)}`;
  }
  return `src-${hashFiles(root, SOURCES).slice(0, 22)}`;
}
