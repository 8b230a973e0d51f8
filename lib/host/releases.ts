// Releases of the exported site, side by side in releases/<id>/, with `current` a symbolic link
// to the one nginx serves. A release is checked before it is published, and published by an
// atomic rename of that link, so a reader gets either the old site or the new one, never a
// half-copied mixture; rolling back is the same rename to the previous release.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { checksums, sha256sums } from '@/lib/host/checksums';
import { siteProblems } from '@/lib/host/export-check';
import { HEADERS_SNIPPET, headersSnippet, serverBlock, type ServerOptions } from '@/lib/host/nginx-config';

export const CURRENT = 'current';
/** How many releases stay on disk (the current one always does). */
export const KEEP = 5;

export type Release = { id: string; dir: string; site: string; nginx: string };

/**
 * What a rebuild of a release needs besides the repository (docs/releases.md): the commit, the
 * day it was built for (BUILD_DATE: which version of each document is in force depends on it),
 * and the Node.js that compressed the .gz and .br files. Kept in releases/<id>/release.json.
 */
export type Provenance = {
  commit: string;
  /** True when the checkout had uncommitted changes: the commit alone does not rebuild it. */
  uncommittedChanges: boolean;
  /** YYYY-MM-DD, or null when not known (a release published --from an existing export). */
  buildDate: string | null;
  node: string;
};

/** The checkout's commit and state, the Node.js running, and the given build date. */
export function provenance(buildDate: string | null): Provenance {
  const git = (...args: string[]) =>
    execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  let commit = 'unknown';
  let uncommittedChanges = false;
  try {
    commit = git('rev-parse', 'HEAD');
    uncommittedChanges = git('status', '--porcelain') !== '';
  } catch {
    // not a git checkout (a source tarball): the record says so
  }
  return { commit, uncommittedChanges, buildDate, node: process.version };
}

/** A release id that sorts by time: 20261201T091500Z-1a2b3c4 (UTC, then the commit). */
export function releaseId(now = new Date(), commit = gitCommit()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${commit}`;
}

function gitCommit(): string {
  const { commit, uncommittedChanges } = provenance(null);
  if (commit === 'unknown') return 'nogit';
  return commit.slice(0, 7) + (uncommittedChanges ? '-dirty' : '');
}

/** The releases in `dir`, oldest first (ids sort by time). */
export function listReleases(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{8}T\d{6}Z-/.test(e.name))
    .map((e) => e.name)
    .sort();
}

/** The id `current` points at, or undefined before the first release. */
export function currentRelease(dir: string): string | undefined {
  try {
    return readlinkSync(path.join(dir, CURRENT));
  } catch {
    return undefined;
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

/**
 * Why a release may not be published: the checks of a complete export (lib/host/export-check.ts:
 * every page of its sitemap present and complete, each page's stylesheets, both 404 pages, their
 * precompressed copies) and the headers snippet as the code generates it.
 */
export function problemsOf(release: Release, { snippetFromCode = true } = {}): string[] {
  const problems = siteProblems(release.site, release.dir);
  const snippet = path.join(release.nginx, HEADERS_SNIPPET);
  if (!existsSync(snippet)) problems.push(`nginx/${HEADERS_SNIPPET} is missing`);
  else if (snippetFromCode && readFileSync(snippet, 'utf8') !== headersSnippet()) {
    problems.push(`nginx/${HEADERS_SNIPPET} differs from lib/security-headers.mjs`);
  }
  return problems;
}

/**
 * The environment of the export a release runs (scripts/export.ts): the site is written into the
 * release's staging folder `site`, and host/nginx-site.conf names what nginx reads after the
 * switch, releases/current/site, never the staging folder, which is renamed or removed.
 */
export function releaseExportEnv(dir: string, site: string) {
  return { EXPORT_DIR: site, NGINX_ROOT: path.join(path.resolve(dir), CURRENT, 'site') };
}

/** Points `current` at `id` with one rename(2): readers see the old link or the new one. */
export function pointCurrentAt(dir: string, id: string): void {
  const temporary = path.join(dir, `.${CURRENT}-${process.pid}`);
  rmSync(temporary, { force: true });
  symlinkSync(id, temporary);
  renameSync(temporary, path.join(dir, CURRENT));
}

export type PublishOptions = {
  /** The releases folder (releases/). */
  dir: string;
  /** Writes the site into the folder it is given (an export, or a copy of one). */
  build: (site: string) => void;
  id?: string;
  /** The nginx configuration of the release, without root and includeDir. */
  server?: Omit<ServerOptions, 'root' | 'includeDir'>;
  keep?: number;
  /** Recorded in release.json; by default this checkout's commit and no known build date. */
  provenance?: Provenance;
};

/**
 * Builds a release next to the others, checks it, and only then makes it current. Throws with
 * every problem found, leaving `current` as it was and removing the refused release.
 */
export function publish({
  dir,
  build,
  id = releaseId(),
  server,
  keep = KEEP,
  provenance: record = provenance(null),
}: PublishOptions) {
  mkdirSync(dir, { recursive: true });
  const absolute = path.resolve(dir);
  const staging = path.join(absolute, `.staging-${id}`);
  const release: Release = {
    id,
    dir: staging,
    site: path.join(staging, 'site'),
    nginx: path.join(staging, 'nginx'),
  };
  if (existsSync(path.join(absolute, id))) throw new Error(`release ${id} exists already`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(release.nginx, { recursive: true });
  try {
    build(release.site);
    // The files as built, before the previous release's stylesheets join them: what a rebuild of
    // this commit must reproduce (`sha256sum -c`, docs/releases.md).
    const sums = checksums(release.site);
    writeFileSync(path.join(staging, 'SHA256SUMS'), sha256sums(sums));
    carryForwardAssets(absolute, release.site);
    // nginx serves the release through `current`, so the configuration names current, not the id.
    const current = path.join(absolute, CURRENT);
    writeFileSync(path.join(release.nginx, HEADERS_SNIPPET), headersSnippet());
    writeFileSync(
      path.join(release.nginx, 'site.conf'),
      serverBlock({
        listen: '8080',
        ...server,
        root: path.join(current, 'site'),
        includeDir: path.join(current, 'nginx'),
      }),
    );
    const problems = problemsOf(release);
    if (problems.length > 0) {
      throw new Error(`release ${id} refused, current unchanged:\n  ${problems.join('\n  ')}`);
    }
    writeFileSync(
      path.join(staging, 'release.json'),
      `${JSON.stringify({ id, published: new Date().toISOString(), ...record, files: sums.size }, null, 2)}\n`,
    );
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const previous = currentRelease(absolute);
  renameSync(staging, path.join(absolute, id));
  pointCurrentAt(absolute, id);
  const removed = prune(absolute, keep);
  return { id, previous, removed };
}

/**
 * The fingerprinted files of the current release that the new one lacks: a reader (or a CDN)
 * holding a page of the old release still finds its stylesheet after the switch.
 */
function carryForwardAssets(dir: string, site: string): void {
  const current = currentRelease(dir);
  if (!current) return;
  const from = path.join(dir, current, 'site', '_next', 'static');
  if (!existsSync(from)) return;
  for (const file of walk(from)) {
    const target = path.join(site, '_next', 'static', path.relative(from, file));
    if (!existsSync(target)) cpSync(file, target);
  }
}

/** Removes the oldest releases beyond `keep`, never the current one. */
function prune(dir: string, keep: number): string[] {
  const current = currentRelease(dir);
  const all = listReleases(dir);
  const old = all.slice(0, Math.max(0, all.length - keep)).filter((id) => id !== current);
  for (const id of old) rmSync(path.join(dir, id), { recursive: true, force: true });
  return old;
}

/**
 * Points `current` at the release before it (after copying in the fingerprinted files of the
 * release being left); throws if there is none.
 */
export function rollback(dir: string): { from: string; to: string } {
  const absolute = path.resolve(dir);
  const current = currentRelease(absolute);
  if (!current) throw new Error(`no current release in ${dir}`);
  // current is a relative link: a release it names may have been removed by hand.
  const missing = !existsSync(path.join(absolute, current));
  const older = listReleases(absolute).filter((id) => id < current);
  const to = older.at(-1);
  if (!to && missing) {
    throw new Error(
      `${path.join(dir, CURRENT)} points to ${current}, which does not exist, and no older release is kept: run npm run release`,
    );
  }
  if (!to) throw new Error(`${current} is the oldest release kept; nothing to roll back to`);
  const problems = problemsOf(
    {
      id: to,
      dir: path.join(absolute, to),
      site: path.join(absolute, to, 'site'),
      nginx: path.join(absolute, to, 'nginx'),
    },
    { snippetFromCode: false },
  );
  if (problems.length > 0) {
    throw new Error(`rollback to ${to} refused, current unchanged:\n  ${problems.join('\n  ')}`);
  }
  // Pages of the release being left may be in browsers and caches: keep their stylesheets.
  carryForwardAssets(absolute, path.join(absolute, to, 'site'));
  pointCurrentAt(absolute, to);
  return { from: current, to };
}
