// Whether a folder holds a complete export of the site: the checks a release runs before it
// becomes current, and that `npm run serve:static` and `npm run observatory:tls` run before they
// start nginx, so none of them serves a missing, partial or stale site.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { checksums, differences } from '@/lib/host/checksums';

/** The copies nginx sends instead of a file (gzip_static, brotli_static). */
const COMPANIONS = [
  { ext: '.gz', decode: gunzipSync },
  { ext: '.br', decode: brotliDecompressSync },
] as const;

/**
 * What `npm run export` records about out/ beside the nginx configuration (host/export.json):
 * the build it exported and the checksum of every file it wrote, so a page edited, truncated,
 * left over or removed since, or a build made since, is found before nginx serves it.
 */
export type ExportRecord = { buildId: string; files: Record<string, string> };

/** The id of the build in `.next` (`next build` writes it), or undefined if there is none. */
export function currentBuildId(nextDir = '.next'): string | undefined {
  const file = path.join(nextDir, 'BUILD_ID');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

export function writeExportRecord(file: string, site: string, buildId: string): void {
  const record: ExportRecord = { buildId, files: Object.fromEntries(checksums(site)) };
  // host/ is not in the repository: a clean checkout's first export makes it.
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(record, null, 1)}\n`);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

/** The file that serves a URL path in a site folder: directories get index.html. */
function fileFor(site: string, urlPath: string): string {
  return path.join(site, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
}

/**
 * Why `site` is not a complete export: every page of its sitemap present and complete with its
 * stylesheets, both 404 pages, a .gz and a .br copy of each of those pages, and every .gz or .br
 * copy in the folder the same text as the file beside it (a truncated or replaced file no longer
 * matches its copies). Paths in the messages are relative to `relativeTo`.
 */
export function siteProblems(site: string, relativeTo = site): string[] {
  const where = (file: string) => path.relative(relativeTo, file) || '.';
  if (!existsSync(site) || !statSync(site).isDirectory()) return [`${where(site)} does not exist`];
  const problems: string[] = [];
  const sitemap = path.join(site, 'sitemap.xml');
  if (!existsSync(sitemap)) return [`${where(sitemap)} is missing`];
  const locs = [...readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1]!).pathname,
  );
  if (locs.length === 0) problems.push('sitemap.xml lists no page');
  const pages: string[] = [];
  for (const urlPath of locs) {
    const file = fileFor(site, urlPath);
    if (!existsSync(file)) {
      problems.push(`${urlPath}: in the sitemap, but ${where(file)} is missing`);
      continue;
    }
    pages.push(file);
    const html = readFileSync(file, 'utf8');
    if (!html.trimEnd().endsWith('</html>')) problems.push(`${urlPath}: the page is incomplete`);
    for (const [, href] of html.matchAll(/<link rel="stylesheet" href="(\/[^"?#]+)/g)) {
      if (!existsSync(fileFor(site, href!))) {
        problems.push(`${urlPath}: its stylesheet ${href} is missing`);
      }
    }
  }
  for (const notFound of ['404.html', 'en/404.html']) {
    const file = path.join(site, notFound);
    if (existsSync(file)) pages.push(file);
    else problems.push(`${where(file)} is missing`);
  }
  for (const page of pages) {
    const missing = COMPANIONS.filter(({ ext }) => !existsSync(page + ext)).map((c) => c.ext);
    if (missing.length > 0) {
      problems.push(`${where(page)} has no ${missing.join(' or ')} copy (precompressed)`);
    }
  }
  for (const file of walk(site).sort()) {
    const companion = COMPANIONS.find(({ ext }) => file.endsWith(ext));
    if (!companion) continue;
    const original = file.slice(0, -companion.ext.length);
    if (!existsSync(original)) {
      problems.push(`${where(file)}: a compressed copy of ${where(original)}, which is missing`);
      continue;
    }
    let same = false;
    try {
      same = companion.decode(readFileSync(file)).equals(readFileSync(original));
    } catch {
      // not a valid stream: reported below as a copy that differs
    }
    if (!same) problems.push(`${where(original)} differs from its ${companion.ext} copy`);
  }
  return problems;
}

/**
 * Why `site` is not the export `recordFile` describes: files changed, missing or added since
 * the export, or a build (`buildId`, from .next) other than the one exported.
 */
export function recordProblems(site: string, recordFile: string, buildId?: string): string[] {
  if (!existsSync(recordFile)) {
    return [`${recordFile} is missing: this folder was not written by \`npm run export\``];
  }
  let record: ExportRecord;
  try {
    record = JSON.parse(readFileSync(recordFile, 'utf8')) as ExportRecord;
  } catch {
    return [`${recordFile} is unreadable`];
  }
  const problems: string[] = [];
  if (buildId && record.buildId !== buildId) {
    problems.push(
      `the export is of build ${record.buildId}, but the build in .next is ${buildId} (built since)`,
    );
  }
  const changed = differences(new Map(Object.entries(record.files ?? {})), checksums(site));
  for (const { file, expected, actual } of changed.slice(0, 10)) {
    problems.push(
      !actual
        ? `${file}: exported, now missing`
        : !expected
          ? `${file}: not written by the export`
          : `${file}: changed since the export`,
    );
  }
  if (changed.length > 10) problems.push(`… and ${changed.length - 10} more files`);
  return problems;
}

/**
 * Why `site` is not an export of the build in `nextDir`: a fingerprinted file of its
 * `_next/static/` (the stylesheet) that the build does not have, or has with other bytes: an
 * export of another build, found even without its record (a release, or another checkout).
 */
export function buildProblems(site: string, nextDir = '.next'): string[] {
  const exported = path.join(site, '_next', 'static');
  const built = path.join(nextDir, 'static');
  if (!existsSync(exported) || !existsSync(built)) return [];
  return walk(exported)
    .filter((file) => !COMPANIONS.some(({ ext }) => file.endsWith(ext)))
    .sort()
    .filter((file) => {
      const twin = path.join(built, path.relative(exported, file));
      return !existsSync(twin) || !readFileSync(twin).equals(readFileSync(file));
    })
    .map(
      (file) =>
        `${path.relative('.', file)} is not in the build in ${nextDir} (the export is of another build)`,
    );
}

/**
 * Where a folder given as a symbolic link (`releases/current/site`) leads when its link points
 * nowhere, for a message that says so; undefined when the path exists or is no dangling link.
 */
export function danglingLink(folder: string): string | undefined {
  let at = path.resolve(folder);
  while (at !== path.dirname(at)) {
    try {
      const target = readlinkSync(at);
      if (!existsSync(path.resolve(path.dirname(at), target))) {
        return `${at} is a link to ${target}, which does not exist`;
      }
    } catch {
      // not a link: look at its parent
    }
    at = path.dirname(at);
  }
  return undefined;
}

/** The record `npm run export` writes beside the nginx configuration. */
export const EXPORT_RECORD = path.join('host', 'export.json');

/**
 * Why nginx must not serve `root`: a link on its path that points nowhere, the checks of a
 * release (siteProblems), and for out/ the export's record: a file changed, missing or added
 * since, or a build made since. Empty when it may be served.
 */
export function servingProblems(
  root: string,
  {
    record,
    nextDir = '.next',
    buildId = currentBuildId(nextDir),
  }: { record?: string; nextDir?: string; buildId?: string } = {},
): string[] {
  const dangling = danglingLink(root);
  if (dangling) return [dangling];
  const problems = siteProblems(root, '.');
  if (record && existsSync(root)) {
    problems.push(...recordProblems(root, record, buildId), ...buildProblems(root, nextDir));
  }
  return problems;
}

/** The message of a command that refuses to serve `root`, naming the command that fixes it. */
export function refusal(command: string, root: string, problems: string[]): string {
  const relative = path.relative('.', root);
  const shown = relative && !relative.startsWith('..') ? relative : root;
  const head = problems.slice(0, 20);
  const more = problems.length > head.length ? [`… and ${problems.length - head.length} more`] : [];
  return [
    `${command}: ${shown}/ is not a complete export of this build, so nginx was not started:`,
    ...[...head, ...more].map((p) => `  - ${p}`),
    `Run \`npm run export\` (it builds, then writes out/ and host/), then \`npm run ${command}\` again${shown === 'out' ? '' : ' (for a release: `npm run release`, or `npm run rollback`)'}.`,
  ].join('\n');
}

/**
 * What serve:static and observatory:tls do first: stop with exit status 1 and `refusal`'s
 * message unless `root` may be served (out/ is also checked against its record and the build).
 */
export function exitUnlessServable(command: string, root: string, outDir: string): void {
  const problems = servingProblems(root, { record: root === outDir ? EXPORT_RECORD : undefined });
  if (problems.length === 0) return;
  console.error(refusal(command, root, problems));
  process.exit(1);
}
