// `npm run check:reproducible [DIR]`: proves that the export in DIR (default out/) can be made
// again from the repository alone. It clones the commit checked out here into a temporary
// folder (another absolute path, another time), builds and exports it there for the same
// BUILD_DATE, and compares every file of the two exports by SHA-256. Prints each file that
// differs, or that only one export has, with both hashes, and exits 1 if there is any; the copy
// is then kept for inspection (its path is printed). docs/releases.md says what this covers.
// Dependencies are this checkout's node_modules, hard-linked (about a second, against over a
// minute for `npm ci`), when package-lock.json is as committed; otherwise `npm ci` in the copy.
// EXPORT_PORT is the loopback port of the copy's one-off export server (default 3610).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildDate } from '@/lib/dates';
import { checksums, differences } from '@/lib/host/checksums';

const given = path.resolve(process.argv[2] ?? 'out');
const seconds = (start: bigint) => (Number(process.hrtime.bigint() - start) / 1e9).toFixed(0);

/** Runs a command quietly; on failure prints what it wrote, so the reason is not lost. */
function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    console.error(
      `${[command, ...args].join(' ')} failed in ${cwd}:\n${stdout ?? ''}${stderr ?? ''}`,
    );
    throw new Error(`check:reproducible: ${command} ${args[0]} failed (output above)`);
  }
}

/** node_modules for the copy: hard links when they match its lock file, else a clean install. */
function installDependencies(copy: string): string {
  const lockAsCommitted =
    existsSync('node_modules') &&
    execFileSync('git', ['status', '--porcelain', '--', 'package-lock.json'], {
      encoding: 'utf8',
    }).trim() === '';
  if (lockAsCommitted) {
    try {
      execFileSync('cp', ['-al', 'node_modules', path.join(copy, 'node_modules')]);
      return 'node_modules hard-linked';
    } catch {
      // another file system than the temporary folder's: hard links cannot cross it
      rmSync(path.join(copy, 'node_modules'), { recursive: true, force: true });
    }
  }
  run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], copy);
  return 'npm ci';
}

function main() {
  if (!existsSync(path.join(given, 'index.html'))) {
    throw new Error(
      `check:reproducible: ${given} has no index.html; export first (npx tsx scripts/export.ts) or name the export folder`,
    );
  }
  const date = buildDate();
  if (!process.env.BUILD_DATE) {
    console.warn(
      `check:reproducible: BUILD_DATE is not set; building for today in Beijing (${date}), which must be the day ${given} was built for`,
    );
  }
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const changed = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim();
  if (changed) {
    console.warn(
      `check:reproducible: this checkout has uncommitted changes; the copy builds ${commit.slice(0, 12)} without them:\n${changed}`,
    );
  }

  const started = process.hrtime.bigint();
  const copy = mkdtempSync(path.join(tmpdir(), 'reproducible-'));
  let keep = false;
  try {
    run('git', ['clone', '--quiet', '--no-checkout', path.resolve('.'), copy], '.');
    run('git', ['checkout', '--quiet', '--detach', commit], copy);
    const how = installDependencies(copy);
    console.log(`check:reproducible: ${commit.slice(0, 12)} in ${copy} (${how})`);
    const env = { BUILD_DATE: date, EXPORT_PORT: process.env.EXPORT_PORT ?? '3610' };
    run('npm', ['run', '--silent', 'build'], copy, env);
    run(process.execPath, ['--import', 'tsx', 'scripts/export.ts'], copy, env);

    const expected = checksums(given);
    const found = differences(expected, checksums(path.join(copy, 'out')));
    const name = given.startsWith(`${process.cwd()}${path.sep}`)
      ? path.relative('.', given)
      : given;
    for (const { file, expected: a, actual: b } of found) {
      console.error(
        `differs: ${file}\n  ${name}: ${a ?? '(missing)'}\n  copy: ${b ?? '(missing)'}`,
      );
    }
    if (found.length > 0) {
      keep = true;
      console.error(
        `check:reproducible: ${found.length} of ${expected.size} files differ from a clean build of ${commit.slice(0, 12)} for ${date}; the copy is kept in ${copy}`,
      );
      process.exitCode = 1;
      return;
    }
    console.log(
      `check:reproducible: all ${expected.size} files of ${name} equal a clean build of ${commit.slice(0, 12)} for ${date} (${seconds(started)} s)`,
    );
  } finally {
    if (!keep) rmSync(copy, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
