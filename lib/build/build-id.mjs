// @ts-check
// The build id, derived from what is built instead of Next.js's random one, so two builds of the
// same commit and content produce the same .next (a reader never sees the id: the pages carry no
// framework script, but the id is in every prerendered RSC payload and manifest). With git it is
// the commit and a hash of content/ (an editor's uncommitted change to a document gives another
// id); without git (a source tarball) a hash of every file the build reads stands for the commit.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** What a build reads when there is no commit to name it (package-lock.json: the framework). */
const SOURCES = [
  'app',
  'components',
  'content',
  'i18n',
  'lib',
  'locales',
  'public',
  'next.config.mjs',
  'package-lock.json',
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
 * @param {string} root @param {string[]} entries @returns {string}
 */
export function hashFiles(root, entries) {
  const hash = createHash('sha256');
  for (const file of entries.flatMap((entry) => filesUnder(root, entry))) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
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
 * `<commit, 12 hex>-<content/ hash, 10 hex>`, or `src-<sources hash, 22 hex>` without git.
 * @param {string} [root] @returns {string}
 */
export function buildId(root = process.cwd()) {
  const commit = gitCommit(root);
  if (commit) return `${commit.slice(0, 12)}-${hashFiles(root, ['content']).slice(0, 10)}`;
  return `src-${hashFiles(root, SOURCES).slice(0, 22)}`;
}
