// A throwaway copy of this project with extra content, built as the real one would be: used to
// prove that adding document folders needs no code change, and to time builds with many pages.
// Dependencies are hard-linked (a full node_modules in a fraction of a second, no extra space).
import { execFile } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
// Never copied, at the project's root: dependencies are linked, and build output and tests are
// not the site.
// tests/support/ is, because the browser configuration and the benchmark import it and the
// build type-checks every file.
const SUPPORT = path.join('tests', 'support');
const SKIP = new Set([
  'node_modules',
  '.next',
  '.generated',
  '.git',
  'out',
  'host',
  'tests',
  'test-results',
]);

/**
 * Copies the project (or another checkout of it, `from`) into a new temporary folder and returns
 * its path.
 */
export async function copyProject(prefix: string, from = '.'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  const copied = (src: string) => {
    const relative = path.relative(from, src);
    if (relative === 'tests' || relative === SUPPORT) return true;
    if (relative.startsWith(`tests${path.sep}`)) return relative.startsWith(SUPPORT + path.sep);
    // Only the project's own folders of those names: lib/host/ is code, host/ is output.
    return relative.includes(path.sep) || !SKIP.has(relative);
  };
  await cp(from, dir, { recursive: true, filter: copied });
  await run('cp', ['-al', path.join(from, 'node_modules'), path.join(dir, 'node_modules')]);
  return dir;
}

/**
 * For the tests' builds of a copy: no type check (the run's lint stage checks the same tree) and
 * Turbopack's compile cache kept between the copy's builds (next.config.mjs). The benchmark's
 * builds go without it: they measure cold builds.
 */
export const TEST_BUILD = { SITE_COPY_BUILD: '1' } as const;

/**
 * The copy's PDFs (`npm run pdfs`: the pages link them and give their sizes), then a bare
 * `next build` with no content check before it: the build guards itself.
 */
export async function buildProject(dir: string, env: Record<string, string> = {}) {
  const options = {
    cwd: dir,
    maxBuffer: 1 << 24,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  };
  await run(process.execPath, ['--import', 'tsx', path.join('scripts', 'build-pdfs.ts')], options);
  const next = path.join('node_modules', 'next', 'dist', 'bin', 'next');
  return run(process.execPath, [next, 'build'], options);
}
