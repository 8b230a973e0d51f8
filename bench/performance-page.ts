// docs/performance.md holds the figures of the last `npm run bench`, `npm run bench:throughput`
// and `npm run loadtest`, each written by the command itself between its own markers, stamped
// with when, at which commit and on what machine it ran, so no figure is pasted by hand and none
// outlives the code it measured.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { format } from 'prettier';

export const PERFORMANCE_PAGE = path.join('docs', 'performance.md');

export type Section = 'bench' | 'loadtest' | 'throughput' | 'history';

/** The npm script that writes each section. */
const SCRIPTS: Record<Section, string> = {
  bench: 'bench',
  loadtest: 'loadtest',
  throughput: 'bench:throughput',
  history: 'bench:history',
};

const start = (section: Section) =>
  `<!-- ${section}:start (written by npm run ${SCRIPTS[section]}) -->`;
const end = (section: Section) => `<!-- ${section}:end -->`;

/**
 * The page with `section`'s markers holding `body` instead of what they held; every other line
 * is kept as it was. Throws, naming the file and line, when the markers are missing, repeated or
 * out of order, since the command would otherwise overwrite text it does not own.
 */
export function replaceSection(page: string, section: Section, body: string, file: string) {
  const lines = page.split('\n');
  const find = (kind: 'start' | 'end') =>
    lines.flatMap((line, i) => (line.trim().startsWith(`<!-- ${section}:${kind} `) ? [i] : []));
  const starts = find('start');
  const ends = find('end');
  const fix = `keep exactly one "${start(section)}" line and one "${end(section)}" line after it`;
  if (starts.length !== 1 || ends.length !== 1) {
    const where =
      [...starts, ...ends]
        .sort((a, b) => a - b)
        .map((i) => `${file}:${i + 1}`)
        .join(', ') || file;
    throw new Error(
      `${where}: ${starts.length} start and ${ends.length} end markers of the ${section} section; ${fix}`,
    );
  }
  if (ends[0]! < starts[0]!) {
    throw new Error(
      `${file}:${ends[0]! + 1}: the ${section} section ends before it starts; ${fix}`,
    );
  }
  return [...lines.slice(0, starts[0]! + 1), body.trim(), ...lines.slice(ends[0]!)].join('\n');
}

/** The environment variables that changed what a command measured, as it was typed. */
export function commandLine(script: string, variables: string[]): string {
  const set = variables
    .filter((name) => process.env[name] !== undefined && process.env[name] !== '')
    .map((name) => `${name}=${process.env[name]}`);
  const run = process.env.npm_lifecycle_event
    ? `npm run ${process.env.npm_lifecycle_event}`
    : `npx tsx ${script}`;
  return [...set, run].join(' ');
}

function commit(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { encoding: 'utf8' });
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      encoding: 'utf8',
    });
    return sha.trim() + (dirty.trim() ? ' with uncommitted changes' : '');
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/** The machine's one-minute load average when the command started (this module is loaded). */
const loadAtStart = loadavg()[0]!;

/** When, where and how a run was made: the paragraph under each section's heading. */
export function stamp(command: string, now = new Date()): string {
  const load = (n: number) => n.toFixed(1);
  return [
    `Run of ${now.toISOString().replace(/\.\d+Z$/, 'Z')} at commit ${commit()} with Node.js`,
    `${process.version} on ${availableParallelism()} CPUs; one-minute load average`,
    `${load(loadAtStart)} before it began (other work on the machine) and`,
    `${load(loadavg()[0]!)} when it ended: \`${command}\``,
  ].join(' ');
}

/** Writes `body` as `section` of docs/performance.md, formatted as `npm run lint` expects. */
export async function writeSection(section: Section, body: string, command: string) {
  const page = readFileSync(PERFORMANCE_PAGE, 'utf8');
  const updated = replaceSection(page, section, `${stamp(command)}\n\n${body}`, PERFORMANCE_PAGE);
  writeFileSync(PERFORMANCE_PAGE, await format(updated, { filepath: PERFORMANCE_PAGE }));
  console.error(`${section}: figures written to ${PERFORMANCE_PAGE}`);
}
