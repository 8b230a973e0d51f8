// `npm run loadtest`: 100 connections for 60 s against `next start` on loopback, over every page
// in both languages, the way browsers ask (gzip accepted). Prints requests per second, latency
// percentiles, errors, timeouts and status counts, and the server's memory after a warm-up and
// after the run. Fails on any error, timeout or 5xx, or if memory grew by more than half.
// DURATION (seconds) and CONNECTIONS override the defaults; the build must exist.
import autocannon from 'autocannon';
import { readdirSync, readFileSync } from 'node:fs';
import { localePath, locales } from '@/i18n/routing';
import { sitePages } from '@/lib/site-pages';
import { startProductionServer } from './lib/production-server';

const DURATION = Number(process.env.DURATION ?? 60);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 100);
const PORT = 3400;

/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
function residentMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended while being listed
    }
  }
  let kb = 0;
  const visit = (p: number) => {
    const status = readFileSync(`/proc/${p}/status`, 'utf8');
    kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    (children.get(p) ?? []).forEach(visit);
  };
  visit(pid);
  return kb / 1024;
}

function run(origin: string, paths: string[], connections: number, duration: number) {
  return autocannon({
    url: origin,
    connections,
    duration,
    headers: { 'accept-encoding': 'gzip' },
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
}

async function main() {
  const pages = await sitePages();
  const paths = locales.flatMap((l) => pages.map((p) => localePath(l, p.path)));
  const server = await startProductionServer(PORT);
  try {
    await run(server.origin, paths, 10, 10);
    const warm = residentMb(server.pid);
    const result = await run(server.origin, paths, CONNECTIONS, DURATION);
    await new Promise((r) => setTimeout(r, 2000));
    const after = residentMb(server.pid);
    const growth = (after - warm) / warm;

    const rows: [string, string][] = [
      ['pages', `${paths.length} (${paths.join(' ')})`],
      ['connections, duration', `${CONNECTIONS}, ${result.duration.toFixed(0)} s`],
      ['requests', String(result.requests.total)],
      ['requests/s (mean)', result.requests.average.toFixed(0)],
      ['latency p50 / p99', `${result.latency.p50} ms / ${result.latency.p99} ms`],
      ['errors / timeouts', `${result.errors} / ${result.timeouts}`],
      ['2xx / non-2xx / 5xx', `${result['2xx']} / ${result.non2xx} / ${result['5xx']}`],
      ['memory after warm-up', `${warm.toFixed(0)} MB`],
      ['memory after the run', `${after.toFixed(0)} MB (${(growth * 100).toFixed(1)}%)`],
    ];
    for (const [name, value] of rows) console.log(`${name.padEnd(24)} ${value}`);

    const failures = [
      result.errors > 0 && `${result.errors} errors`,
      result.timeouts > 0 && `${result.timeouts} timeouts`,
      result['5xx'] > 0 && `${result['5xx']} responses with 5xx`,
      result.non2xx > 0 && `${result.non2xx} responses that were not 2xx`,
      growth > 0.5 && `memory grew by ${(growth * 100).toFixed(0)}% (limit 50%)`,
    ].filter(Boolean);
    if (failures.length > 0) {
      console.error(`\nFAILED: ${failures.join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
