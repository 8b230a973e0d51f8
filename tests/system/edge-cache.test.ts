// The caching policy, proved through a real shared cache: nginx's proxy_cache configured like
// the CloudFront behaviour of docs/hosting.md (scripts/lib/edge-config.ts) in front of the origin
// (nginx with the generated configuration serving releases/current). Checks, and prints:
// 1. with the shipped policy (s-maxage=300): 200 reads of a page reach the origin once; client
//    RSC and router headers never put a different body in the cache; after a release the edge
//    keeps the old text (as the policy allows) until the documented purge, then serves the new
//    text at once;
// 2. with the same policy's lifetimes injected short (s-maxage=3, stale-if-error=10; the shipped
//    ones are 300 s and a day): repeated reads reach the origin about once per lifetime; a new
//    release is served within the lifetime without a purge; with the origin stopped the edge
//    keeps answering from its copy for the stale-if-error window, then stops.
// The export is out/ (or SITE_ROOT); ports PORT..PORT+3 (default 5830).
import http from 'node:http';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  cacheControlFor,
  cachePolicy,
  SHARED_MAX_AGE,
  STALE_IF_ERROR,
} from '@/lib/http/cache-policy.mjs';
import { cacheFile, edgeBlock } from './lib/edge-config';
import { publish } from './lib/releases';
import { RELEASE_MARK, variant } from './lib/release-variant';
import { OUT_DIR, startStaticServer } from './lib/static-server';

const PORT = Number(process.env.PORT ?? 5830);
const PAGE = '/en/privacy/';
const SHORT = { sMaxAge: 3, staleIfError: 10 };

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

function get(url: string, headers: http.OutgoingHttpHeaders = {}): Promise<Answer> {
  return new Promise((resolve) => {
    const request = http.get(url, { headers, agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
      );
    });
    request.on('error', () => resolve({ status: 0, headers: {}, body: '' }));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const releaseOf = (answer: Answer) => RELEASE_MARK.exec(answer.body)?.[1];

/** Requests of `urlPath` the origin has logged. */
function originHits(log: string, urlPath: string): number {
  if (!existsSync(log)) return 0;
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => line.includes(`"GET ${urlPath} `)).length;
}

async function main() {
  const work = mkdtempSync(path.join(tmpdir(), 'edge-cache-'));
  chmodSync(work, 0o755); // nginx workers run as nobody
  process.on('exit', () => rmSync(work, { recursive: true, force: true }));
  const source = path.resolve(process.env.SITE_ROOT ?? OUT_DIR);
  for (const name of ['a', 'b', 'c']) variant(source, path.join(work, name), name);
  const dir = path.join(work, 'releases');
  const release = (name: string, n: number) =>
    publish({
      dir,
      build: (to) => cpSync(path.join(work, name), to, { recursive: true }),
      id: `20260101T00000${n}Z-${name}`,
    });
  const root = path.join(dir, 'current', 'site');
  const sitemap = readFileSync(path.join(source, 'sitemap.xml'), 'utf8');
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const problems: string[] = [];
  const check = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };
  const report: string[] = [];
  release('a', 1);

  // 1. The shipped policy.
  const log1 = path.join(work, 'origin-1.log');
  const cache1 = path.join(work, 'cache-1');
  const origin1 = await startStaticServer(PORT, { root, accessLog: log1 });
  const edge1 = await startStaticServer(PORT + 1, {
    server: edgeBlock({ listen: `127.0.0.1:${PORT + 1}`, origin: origin1.origin, cache: cache1 }),
  });
  try {
    const first = await get(edge1.origin + PAGE);
    check(
      first.headers['cache-control'] === cachePolicy.document,
      `edge passes ${first.headers['cache-control']}`,
    );
    for (let i = 0; i < 20; i++) {
      await Promise.all(Array.from({ length: 10 }, () => get(edge1.origin + PAGE)));
    }
    const hits = originHits(log1, PAGE);
    check(hits === 1, `200 reads of ${PAGE} reached the origin ${hits} times`);
    report.push(
      `shipped policy (s-maxage=${SHARED_MAX_AGE}): 201 reads of ${PAGE} through the edge, ${hits} at the origin`,
    );

    // Client headers of the Next.js router and RSC never change what is cached.
    const probe = '/en/legal/';
    const poisoned = await get(`${edge1.origin}${probe}?_rsc=1a2b3`, {
      RSC: '1',
      'Next-Router-State-Tree': '%5B%22%22%5D',
      'Next-Router-Prefetch': '1',
      'Next-Router-Segment-Prefetch': '/_tree',
      'Next-Url': '/en/',
      'Next-Resume': '1',
      'X-Middleware-Subrequest': 'middleware',
    });
    const plain = await get(edge1.origin + probe);
    const direct = await get(origin1.origin + probe);
    check(
      poisoned.headers['x-cache'] === 'MISS',
      `the RSC request was ${poisoned.headers['x-cache']}`,
    );
    check(
      plain.headers['x-cache'] === 'HIT',
      `the plain read after it was ${plain.headers['x-cache']}`,
    );
    check(
      plain.body === direct.body && poisoned.body === direct.body,
      'a router header changed the cached body',
    );
    report.push(
      "RSC/router headers and ?_rsc: the cached body is the origin's plain page (MISS then HIT, bodies equal)",
    );

    // A release: the edge keeps its copy within the lifetime; the purge makes the new text current.
    const published = Date.now();
    release('b', 2);
    const before = releaseOf(await get(edge1.origin + PAGE));
    check(before === 'a', `before the purge the edge served release ${before}`);
    for (const p of pages) {
      for (const encoding of ['', 'gzip'])
        rmSync(cacheFile(cache1, `${p}|${encoding}`), { force: true });
    }
    const after = await get(edge1.origin + PAGE);
    const seconds = (Date.now() - published) / 1000;
    check(releaseOf(after) === 'b', `after the purge the edge served release ${releaseOf(after)}`);
    report.push(
      `release then purge of the ${pages.length} page paths: new text at the edge ${seconds.toFixed(2)} s after publishing (before the purge: the old text, as s-maxage allows)`,
    );
  } finally {
    edge1.stop();
    origin1.stop();
  }

  // 2. The policy with short lifetimes injected.
  const short = `public, max-age=0, s-maxage=${SHORT.sMaxAge}, stale-if-error=${SHORT.staleIfError}`;
  const injected = (status: number, pathname: string) => {
    const value = cacheControlFor(status, pathname);
    return value === cachePolicy.document ? short : value;
  };
  const log2 = path.join(work, 'origin-2.log');
  const origin2 = await startStaticServer(PORT + 2, {
    root,
    accessLog: log2,
    cacheControlFor: injected,
  });
  const edge2 = await startStaticServer(PORT + 3, {
    server: edgeBlock({
      listen: `127.0.0.1:${PORT + 3}`,
      origin: origin2.origin,
      cache: path.join(work, 'cache-2'),
    }),
  });
  let originStopped = false;
  try {
    const readFor = 10;
    const startedReading = Date.now();
    let reads = 0;
    while (Date.now() - startedReading < readFor * 1000) {
      await get(edge2.origin + PAGE);
      reads += 1;
      await sleep(100);
    }
    const elapsed = (Date.now() - startedReading) / 1000;
    const hits = originHits(log2, PAGE);
    const allowed = Math.ceil(elapsed / SHORT.sMaxAge) + 1;
    check(
      hits <= allowed,
      `${reads} reads in ${elapsed.toFixed(1)} s reached the origin ${hits} times (at most ${allowed})`,
    );
    report.push(
      `injected s-maxage=${SHORT.sMaxAge}: ${reads} reads in ${elapsed.toFixed(1)} s, ${hits} at the origin (at most one per lifetime: ${allowed})`,
    );

    const published = Date.now();
    release('c', 3);
    let seconds = Infinity;
    while (Date.now() - published < (SHORT.sMaxAge + 30) * 1000) {
      if (releaseOf(await get(edge2.origin + PAGE)) === 'c') {
        seconds = (Date.now() - published) / 1000;
        break;
      }
      await sleep(100);
    }
    check(
      seconds <= SHORT.sMaxAge + 2,
      `the new text reached the edge after ${seconds} s (lifetime ${SHORT.sMaxAge} s)`,
    );
    report.push(
      `release without purge: new text at the edge after ${seconds.toFixed(1)} s (lifetime ${SHORT.sMaxAge} s)`,
    );

    // The origin stops: the edge answers from its copy for the stale-if-error window, then fails.
    await get(edge2.origin + PAGE);
    origin2.stop();
    originStopped = true;
    while ((await get(origin2.origin + '/en/')).status !== 0) await sleep(100);
    const stopped = Date.now();
    let lastGood = stopped;
    let ended = false;
    const limit = (SHORT.sMaxAge + SHORT.staleIfError + 30) * 1000;
    while (Date.now() - stopped < limit) {
      const answer = await get(edge2.origin + PAGE);
      if (answer.status === 200 && releaseOf(answer) === 'c') lastGood = Date.now();
      else {
        ended = true;
        break;
      }
      await sleep(250);
    }
    const window = (lastGood - stopped) / 1000;
    // The copy was fresh for up to s-maxage after the last fetch, then stale for stale-if-error.
    check(
      window >= SHORT.staleIfError - 1,
      `the edge answered for ${window.toFixed(1)} s with the origin down`,
    );
    check(ended, `the edge still answered ${limit / 1000} s after the origin stopped`);
    report.push(
      `origin stopped: the edge answered from its copy for ${window.toFixed(1)} s, then ${ended ? 'failed' : 'still answered'} (stale-if-error=${SHORT.staleIfError}; shipped: ${STALE_IF_ERROR})`,
    );
  } finally {
    edge2.stop();
    if (!originStopped) origin2.stop();
  }

  console.log(
    `CDN edge (nginx proxy_cache, CloudFront legacy settings):\n  ${report.join('\n  ')}`,
  );
  if (problems.length > 0) {
    console.error(`failed:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
