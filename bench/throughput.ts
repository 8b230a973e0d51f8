// `npm run bench:throughput`: how many requests a second the site's server answers for one page,
// beside what Node itself and nginx can do on the same machine in the same run. A benchmark, not
// a test (loopback only, bounded in time); it builds nothing: the build must exist (`npm run
// build`), and the export too for nginx (`npx tsx scripts/export.ts`; without out/ nginx is
// skipped and the run says so). It serves /en/privacy/ with
// (a) the site's server (`npm start`, scripts/server.ts),
// (b) a bare Node `http` server (bench/bare-node-server.mjs) sending the bytes and headers the
//     site's server sent, read from its answers, so both send the same thing,
// (c) nginx serving the export with the generated configuration (scripts/lib/static-server.ts),
// then runs wrk (one thread, 50 connections, DURATION seconds, 8 by default) against each in
// turn, ROUNDS times (3), after a warm-up of each, with gzip accepted as browsers do and then
// without (THROUGHPUT_IDENTITY=0 skips that). It prints req/s min-max per server and the ratio
// of the site's server to the bare one, and writes them to docs/performance.md (its throughput
// section only). THROUGHPUT_CHECK=1 makes it exit 1 when the ratio (gzip, medians) is below
// MIN_RATIO; by default it only reports, since a busy machine moves every figure.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../scripts/lib/free-port';
import { OUT_DIR, startStaticServer } from '../scripts/lib/static-server';
import { startProductionServer } from '../tests/support/production-server';
import { commandLine, writeSection } from './performance-page';
import { ratioOf, runWrk, spread, WRK, type Spread, type WrkRun } from './wrk';

const PAGE = '/en/privacy/';
const BARE = 'bare Node http';
const DURATION = Number(process.env.DURATION ?? 8);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const WARM_UP_SECONDS = 2;
/** The share of the bare Node server's throughput the site's server must reach. */
const MIN_RATIO = 0.8;
/** Headers Node adds to every answer itself; the bare server's Node adds them too. */
const PER_CONNECTION = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

type Coding = 'gzip' | 'identity';
type Answer = { status: number; headers: Record<string, string>; body: Buffer };
type Target = { name: string; origin: string };

/** One GET with the bytes as sent (fetch would decompress them) and the headers as named. */
function get(origin: string, coding: Coding): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      `${origin}${PAGE}`,
      { headers: { 'accept-encoding': coding } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const headers: Record<string, string> = {};
          const raw = response.rawHeaders;
          for (let i = 0; i < raw.length; i += 2) {
            if (!PER_CONNECTION.has(raw[i]!.toLowerCase())) headers[raw[i]!] = raw[i + 1]!;
          }
          resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
  });
}

/** Starts bench/bare-node-server.mjs with these answers; resolves once it listens. */
async function startBareServer(answers: Record<Coding, Answer>, folder: string) {
  const file = path.join(folder, 'answers.json');
  const encoded = (a: Answer) => ({ headers: a.headers, body: a.body.toString('base64') });
  writeFileSync(
    file,
    JSON.stringify({ identity: encoded(answers.identity), gzip: encoded(answers.gzip) }),
  );
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join('bench', 'bare-node-server.mjs'), String(port), file],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().startsWith('listening')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the bare Node server exited (${code})`)));
  });
  return { origin: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

/** Every server answers the page with 200; the bare one with the site's bytes and headers. */
async function checkAnswers(site: Record<Coding, Answer>, targets: Target[], bare: string) {
  for (const target of targets) {
    for (const coding of ['gzip', 'identity'] as const) {
      const answer = await get(target.origin, coding);
      if (answer.status !== 200) throw new Error(`${target.name} answered ${answer.status}`);
      const same =
        answer.body.equals(site[coding].body) &&
        JSON.stringify(answer.headers) === JSON.stringify(site[coding].headers);
      if (target.name === bare && !same) {
        throw new Error(`the bare Node server does not send what the site's server sent`);
      }
    }
  }
}

/** wrk's own name for its version: `wrk debian/4.1.0-3+b2 [epoll]`. */
function wrkVersion(): string {
  let out = '';
  try {
    out = execFileSync(WRK, ['-v'], { encoding: 'utf8' });
  } catch (error) {
    // wrk -v prints its version with its usage, and exits 1.
    out = String((error as { stdout?: string }).stdout ?? '');
  }
  return out.split('\n')[0]!.replace(/ Copyright.*/, '') || 'wrk';
}

async function measure(targets: Target[], coding: Coding) {
  const headers = coding === 'gzip' ? ['Accept-Encoding: gzip'] : [];
  for (const target of targets) {
    await runWrk(`${target.origin}${PAGE}`, { seconds: WARM_UP_SECONDS, headers });
  }
  const runs = new Map<string, WrkRun[]>(targets.map((t) => [t.name, []]));
  const loads: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    loads.push(loadavg()[0]!);
    // Each round starts with another server, so none is always first (or last).
    const order = targets.map((_, i) => targets[(i + round) % targets.length]!);
    for (const target of order) {
      const run = await runWrk(`${target.origin}${PAGE}`, { seconds: DURATION, headers });
      console.error(`${coding} round ${round + 1} ${target.name}: ${run.requestsPerSecond} req/s`);
      runs.get(target.name)!.push(run);
    }
  }
  return { runs, loads };
}

const rps = (runs: WrkRun[]) => runs.map((r) => r.requestsPerSecond);
const whole = (n: number) => n.toFixed(0);
const range = (s: Spread, f = whole) => `${f(s.min)}-${f(s.max)}`;

/** The table of one coding: each server's req/s (min-max, median), p99 and errors. */
function table(coding: Coding, runs: Map<string, WrkRun[]>, bare: string) {
  const rows = [...runs].map(([name, list]) => {
    const r = spread(rps(list));
    const ratio = ratioOf(rps(list), rps(runs.get(bare)!));
    const p99 = spread(list.map((x) => x.p99Ms));
    const errors = list.reduce((sum, x) => sum + x.errors, 0);
    return `| ${coding} | ${name} | ${range(r)} | ${whole(r.median)} | ${ratio.median.toFixed(2)} (${range(ratio, (n) => n.toFixed(2))}) | ${range(p99, (n) => n.toFixed(1))} | ${errors} |`;
  });
  return [
    '| encoding | server | req/s min-max | median | ratio to bare Node (per round) | p99 ms | errors |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

async function main() {
  if (!existsSync(path.join('.next', 'BUILD_ID'))) {
    throw new Error(
      'No production build: run `npm run build` first (this command builds nothing).',
    );
  }
  if (!existsSync(WRK)) {
    throw new Error(`${WRK} not found: apt-get install -y wrk (or set WRK to its path).`);
  }
  const folder = mkdtempSync(path.join(tmpdir(), 'throughput-'));
  const stops: (() => unknown)[] = [() => rmSync(folder, { recursive: true, force: true })];
  try {
    const site = await startProductionServer(await freePort());
    stops.unshift(site.stop);
    const answers = {
      gzip: await get(site.origin, 'gzip'),
      identity: await get(site.origin, 'identity'),
    };
    if (answers.gzip.headers['Content-Encoding'] !== 'gzip') {
      throw new Error(`the site's server sent ${PAGE} without gzip to a request accepting it`);
    }
    const bare = await startBareServer(answers, folder);
    stops.unshift(bare.stop);
    const targets: Target[] = [
      { name: "site's server (npm start)", origin: site.origin },
      { name: BARE, origin: bare.origin },
    ];
    let nginxNote: string;
    if (existsSync(OUT_DIR)) {
      const nginx = await startStaticServer(0, { readyPath: PAGE });
      stops.unshift(nginx.stop);
      targets.push({ name: 'nginx, the export (generated configuration)', origin: nginx.origin });
      const gz = await get(nginx.origin, 'gzip');
      nginxNote = `nginx serves the export's own ${PAGE} (${gz.body.length} bytes gzipped, the site's server ${answers.gzip.body.length}).`;
    } else {
      nginxNote = `nginx was skipped: there is no export in out/ (\`npx tsx scripts/export.ts\` makes it).`;
      console.error(nginxNote);
    }
    await checkAnswers(answers, targets, BARE);

    const codings: Coding[] =
      process.env.THROUGHPUT_IDENTITY === '0' ? ['gzip'] : ['gzip', 'identity'];
    const tables: string[] = [];
    const loads: number[] = [];
    let gzipRatio = 0;
    for (const coding of codings) {
      const measured = await measure(targets, coding);
      loads.push(...measured.loads);
      tables.push(table(coding, measured.runs, BARE));
      if (coding === 'gzip') {
        gzipRatio = ratioOf(
          rps(measured.runs.get(targets[0]!.name)!),
          rps(measured.runs.get(BARE)!),
        ).median;
      }
    }
    const load = spread(loads);
    const method = [
      `${wrkVersion()}, one thread, 50 connections, ${DURATION} s per run, ${ROUNDS} rounds`,
      `(each server in turn, ${WARM_UP_SECONDS} s of warm-up first), on the same cores as the`,
      `servers; one-minute load average ${load.min.toFixed(1)}-${load.max.toFixed(1)} at the`,
      `start of the rounds. The bare Node server sends the bytes and headers the site's server`,
      `sent for ${PAGE} (${answers.gzip.body.length} bytes gzipped, ${answers.identity.body.length}`,
      `as it is). ${nginxNote}`,
    ].join(' ');
    const met = gzipRatio >= MIN_RATIO;
    const verdict = `The site's server reached ${gzipRatio.toFixed(2)} of the bare Node server with gzip (medians; the aim is at least ${MIN_RATIO}): ${met ? 'met' : 'NOT met'}.`;
    const body = `${method}\n\n${tables.join('\n\n')}\n\n${verdict}`;
    console.log(`${body}\n`);
    if (!met && process.env.THROUGHPUT_CHECK === '1') process.exitCode = 1;
    const command = commandLine('bench/throughput.ts', [
      'DURATION',
      'ROUNDS',
      'THROUGHPUT_IDENTITY',
      'THROUGHPUT_CHECK',
    ]);
    await writeSection('throughput', body, command);
  } finally {
    for (const stop of stops) await stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
