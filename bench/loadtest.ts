// `npm run loadtest`: 100 connections for 60 s against the site's server (`npm start`) on
// loopback, over every page in both languages, the way browsers ask (gzip accepted); then the
// request bodies a server must not buffer: 20 parallel POSTs of 9 MB, one of 50 MB, and 50 slow
// POSTs that trickle their body. Prints requests per second, latency percentiles, errors,
// timeouts and status counts, how soon each POST was refused, and the server's memory after a
// warm-up, after the run and after the POSTs. Fails on any error, timeout or non-2xx page, a
// POST not answered 405 before its body was sent, or memory that grew by more than a fifth.
// Writes the figures to docs/performance.md (its load-test section only, stamped with date,
// commit and machine), failed or not. DURATION (seconds) and CONNECTIONS override the defaults,
// LOADTEST_PORT the loopback port (3400); the build must exist.
import autocannon from 'autocannon';
import net from 'node:net';
import { localePath, locales } from '@/i18n/routing';
import { sitePages } from '@/lib/pages/site-pages';
import { commandLine, writeSection } from './performance-page';
import { residentMb } from './process-memory';
import { startProductionServer } from '../tests/support/production-server';

const DURATION = Number(process.env.DURATION ?? 60);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 100);
const PORT = Number(process.env.LOADTEST_PORT ?? 3400);
/** Most the server's memory may grow over the warm-up, after the run and after the POSTs. */
const GROWTH_LIMIT = 0.2;

function run(origin: string, paths: string[], connections: number, duration: number) {
  return autocannon({
    url: origin,
    connections,
    duration,
    headers: { 'accept-encoding': 'gzip' },
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
}

/**
 * A POST of `size` bytes sent as fast as the socket takes it (or, when `trickle` is set, one
 * byte per interval): resolves with the status of the answer, the bytes of body sent before it
 * came, and the milliseconds it took.
 */
function post(
  port: number,
  size: number,
  trickle?: number,
): Promise<{ status: number; sent: number; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    let sent = 0;
    let answer = '';
    let timer: NodeJS.Timeout | undefined;
    const done = () => {
      clearInterval(timer);
      socket.destroy();
      resolve({ status: Number(answer.slice(9, 12)) || 0, sent, ms: Date.now() - started });
    };
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
      if (answer.includes('\r\n\r\n')) done();
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.write(
      `POST /en/privacy/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\nContent-Length: ${size}\r\n\r\n`,
    );
    const chunk = Buffer.alloc(64 * 1024, 120);
    if (trickle) {
      timer = setInterval(() => {
        if (sent < size && socket.writable) socket.write('x', () => (sent += 1));
      }, trickle);
      return;
    }
    const pump = () => {
      while (sent < size && socket.writable && !answer) {
        const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += part.length;
        if (!socket.write(part)) return void socket.once('drain', pump);
      }
    };
    pump();
  });
}

async function main() {
  const pages = await sitePages();
  const paths = locales.flatMap((l) => pages.map((p) => localePath(l, p.path)));
  const server = await startProductionServer(PORT);
  try {
    // Warm-up at the run's own concurrency: the growth measured after it is then what the run
    // added, not the server settling into that load.
    await run(server.origin, paths, CONNECTIONS, 10);
    const warm = residentMb(server.pid);
    const result = await run(server.origin, paths, CONNECTIONS, DURATION);
    await new Promise((r) => setTimeout(r, 2000));
    const after = residentMb(server.pid);
    const growth = (after - warm) / warm;

    const floods = await Promise.all(Array.from({ length: 20 }, () => post(PORT, 9 * 1024 * 1024)));
    const large = await post(PORT, 50 * 1024 * 1024);
    const slow = await Promise.all(Array.from({ length: 50 }, () => post(PORT, 1024 * 1024, 100)));
    await new Promise((r) => setTimeout(r, 2000));
    const afterPosts = residentMb(server.pid);
    const postGrowth = (afterPosts - warm) / warm;
    const posts = [...floods, large, ...slow];
    const refused = posts.filter((p) => p.status === 405).length;
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    const most = (list: { sent: number }[]) => Math.max(...list.map((p) => p.sent));

    const rows: [string, string][] = [
      ['pages', `${paths.length} (every page of the sitemap, both languages)`],
      ['connections, duration', `${CONNECTIONS}, ${result.duration.toFixed(0)} s`],
      ['requests', String(result.requests.total)],
      ['requests/s (mean)', result.requests.average.toFixed(0)],
      ['latency p50 / p99', `${result.latency.p50} ms / ${result.latency.p99} ms`],
      ['errors / timeouts', `${result.errors} / ${result.timeouts}`],
      ['2xx / non-2xx / 5xx', `${result['2xx']} / ${result.non2xx} / ${result['5xx']}`],
      ['memory after warm-up', `${warm.toFixed(0)} MB`],
      ['memory after the run', `${after.toFixed(0)} MB (${(growth * 100).toFixed(1)}%)`],
      [
        'POSTs answered 405',
        `${refused} of ${posts.length} (20 × 9 MB, 1 × 50 MB, 50 slow × 1 MB at a byte per 100 ms)`,
      ],
      [
        'body sent before the 405',
        `at most ${mb(most(floods))} of 9 MB, ${mb(large.sent)} of 50 MB, ${most(slow)} bytes of the slow ones`,
      ],
      ['slowest 405', `${Math.max(...posts.map((p) => p.ms))} ms`],
      ['memory after the POSTs', `${afterPosts.toFixed(0)} MB (${(postGrowth * 100).toFixed(1)}%)`],
    ];
    const figures = rows.map(([name, value]) => `${name.padEnd(24)} ${value}`).join('\n');
    console.log(figures);

    const failures = [
      result.errors > 0 && `${result.errors} errors`,
      result.timeouts > 0 && `${result.timeouts} timeouts`,
      result['5xx'] > 0 && `${result['5xx']} responses with 5xx`,
      result.non2xx > 0 && `${result.non2xx} responses that were not 2xx`,
      growth > GROWTH_LIMIT &&
        `memory grew by ${(growth * 100).toFixed(0)}% in the run (limit 20%)`,
      postGrowth > GROWTH_LIMIT &&
        `memory grew by ${(postGrowth * 100).toFixed(0)}% after the POSTs (limit 20%)`,
      refused < posts.length && `${posts.length - refused} POSTs not answered 405`,
      // Answered from the headers: far less than the body went out before the answer came.
      large.sent > 8 * 1024 * 1024 && `the 50 MB POST sent ${mb(large.sent)} before its answer`,
    ].filter(Boolean);
    const verdict = failures.length > 0 ? `FAILED: ${failures.join(', ')}` : 'All checks passed.';
    if (failures.length > 0) {
      console.error(`\n${verdict}`);
      process.exitCode = 1;
    }
    const command = commandLine('bench/loadtest.ts', ['DURATION', 'CONNECTIONS', 'LOADTEST_PORT']);
    await writeSection('loadtest', `\`\`\`text\n${figures}\n\`\`\`\n\n${verdict}`, command);
  } finally {
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
