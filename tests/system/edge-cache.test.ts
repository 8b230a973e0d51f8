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
// The export is out/ (or SITE_ROOT); ports PORT..PORT+3 (default 5830). The first part's figures
// are printed as it goes.
import http from 'node:http';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cacheControlFor,
  cachePolicy,
  SHARED_MAX_AGE,
  STALE_IF_ERROR,
} from '@/lib/http/cache-policy.mjs';
import { publish } from '@/lib/host/releases';
import { OUT_DIR, startStaticServer } from '@/scripts/lib/static-server';
import { cacheFile, edgeBlock } from '../support/edge-config';
import { RELEASE_MARK, variant } from '../support/release-variant';

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

type Server = Awaited<ReturnType<typeof startStaticServer>>;

const work = mkdtempSync(path.join(tmpdir(), 'edge-cache-'));
const source = path.resolve(process.env.SITE_ROOT ?? OUT_DIR);
const dir = path.join(work, 'releases');
const root = path.join(dir, 'current', 'site');
const release = (name: string, n: number) =>
  publish({
    dir,
    build: (to) => cpSync(path.join(work, name), to, { recursive: true }),
    id: `20260101T00000${n}Z-${name}`,
  });
let pages: string[] = [];

beforeAll(() => {
  chmodSync(work, 0o755); // nginx workers run as nobody
  for (const name of ['a', 'b', 'c']) variant(source, path.join(work, name), name);
  const sitemap = readFileSync(path.join(source, 'sitemap.xml'), 'utf8');
  pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  release('a', 1);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`a CDN edge with the shipped policy (s-maxage=${SHARED_MAX_AGE})`, () => {
  const log = path.join(work, 'origin-1.log');
  const cache = path.join(work, 'cache-1');
  let origin: Server;
  let edge: Server;
  beforeAll(async () => {
    origin = await startStaticServer(PORT, { root, accessLog: log });
    edge = await startStaticServer(PORT + 1, {
      server: edgeBlock({ listen: `127.0.0.1:${PORT + 1}`, origin: origin.origin, cache }),
    });
  });
  afterAll(async () => {
    await Promise.all([edge?.stop(), origin?.stop()]);
  });

  it('passes the policy on and sends 201 reads of a page to the origin once', async () => {
    const first = await get(edge.origin + PAGE);
    expect(first.headers['cache-control'], 'the edge passes the policy').toBe(cachePolicy.document);
    for (let i = 0; i < 20; i++) {
      await Promise.all(Array.from({ length: 10 }, () => get(edge.origin + PAGE)));
    }
    const hits = originHits(log, PAGE);
    console.log(`201 reads of ${PAGE} through the edge, ${hits} at the origin`);
    expect(hits, `reads of ${PAGE} that reached the origin`).toBe(1);
  });

  it("caches the origin's plain page whatever RSC and router headers a client sends", async () => {
    const probe = '/en/legal/';
    const poisoned = await get(`${edge.origin}${probe}?_rsc=1a2b3`, {
      RSC: '1',
      'Next-Router-State-Tree': '%5B%22%22%5D',
      'Next-Router-Prefetch': '1',
      'Next-Router-Segment-Prefetch': '/_tree',
      'Next-Url': '/en/',
      'Next-Resume': '1',
      'X-Middleware-Subrequest': 'middleware',
    });
    const plain = await get(edge.origin + probe);
    const direct = await get(origin.origin + probe);
    expect(poisoned.headers['x-cache'], 'the RSC request').toBe('MISS');
    expect(plain.headers['x-cache'], 'the plain read after it').toBe('HIT');
    expect(plain.body === direct.body && poisoned.body === direct.body, 'cached body').toBe(true);
  });

  it('keeps the old text after a release until the purge, then serves the new text', async () => {
    const published = Date.now();
    release('b', 2);
    const before = releaseOf(await get(edge.origin + PAGE));
    expect(before, 'the release the edge served before the purge').toBe('a');
    for (const p of pages) {
      for (const encoding of ['', 'gzip'])
        rmSync(cacheFile(cache, `${p}|${encoding}`), { force: true });
    }
    const after = await get(edge.origin + PAGE);
    const seconds = (Date.now() - published) / 1000;
    console.log(
      `release then purge of the ${pages.length} page paths: new text at the edge ${seconds.toFixed(2)} s after publishing`,
    );
    expect(releaseOf(after), 'the release the edge served after the purge').toBe('b');
  });
});

describe(`the same policy with short lifetimes injected (s-maxage=${SHORT.sMaxAge}, stale-if-error=${SHORT.staleIfError}; shipped: ${SHARED_MAX_AGE}, ${STALE_IF_ERROR})`, () => {
  const short = `public, max-age=0, s-maxage=${SHORT.sMaxAge}, stale-if-error=${SHORT.staleIfError}`;
  const injected = (status: number, pathname: string) => {
    const value = cacheControlFor(status, pathname);
    return value === cachePolicy.document ? short : value;
  };
  const log = path.join(work, 'origin-2.log');
  let origin: Server;
  let edge: Server;
  let originStopped = false;
  beforeAll(async () => {
    origin = await startStaticServer(PORT + 2, { root, accessLog: log, cacheControlFor: injected });
    edge = await startStaticServer(PORT + 3, {
      server: edgeBlock({
        listen: `127.0.0.1:${PORT + 3}`,
        origin: origin.origin,
        cache: path.join(work, 'cache-2'),
      }),
    });
  });
  afterAll(async () => {
    await Promise.all([edge?.stop(), originStopped ? undefined : origin?.stop()]);
  });

  it('sends repeated reads to the origin about once per lifetime', async () => {
    const readFor = 10;
    const startedReading = Date.now();
    let reads = 0;
    while (Date.now() - startedReading < readFor * 1000) {
      await get(edge.origin + PAGE);
      reads += 1;
      await sleep(100);
    }
    const elapsed = (Date.now() - startedReading) / 1000;
    const hits = originHits(log, PAGE);
    const allowed = Math.ceil(elapsed / SHORT.sMaxAge) + 1;
    console.log(
      `${reads} reads in ${elapsed.toFixed(1)} s, ${hits} at the origin (at most ${allowed})`,
    );
    expect(hits).toBeLessThanOrEqual(allowed);
  });

  it('serves a new release within the lifetime, without a purge', async () => {
    const published = Date.now();
    release('c', 3);
    let seconds = Infinity;
    while (Date.now() - published < (SHORT.sMaxAge + 30) * 1000) {
      if (releaseOf(await get(edge.origin + PAGE)) === 'c') {
        seconds = (Date.now() - published) / 1000;
        break;
      }
      await sleep(100);
    }
    console.log(`release without purge: new text at the edge after ${seconds.toFixed(1)} s`);
    expect(seconds, 'seconds until the new text reached the edge').toBeLessThanOrEqual(
      SHORT.sMaxAge + 2,
    );
  });

  it('answers from its copy for the stale-if-error window with the origin stopped, then stops', async () => {
    await get(edge.origin + PAGE);
    await origin.stop();
    originStopped = true;
    while ((await get(origin.origin + '/en/')).status !== 0) await sleep(100);
    const stopped = Date.now();
    let lastGood = stopped;
    let ended = false;
    const limit = (SHORT.sMaxAge + SHORT.staleIfError + 30) * 1000;
    while (Date.now() - stopped < limit) {
      const answer = await get(edge.origin + PAGE);
      if (answer.status === 200 && releaseOf(answer) === 'c') lastGood = Date.now();
      else {
        ended = true;
        break;
      }
      await sleep(250);
    }
    const window = (lastGood - stopped) / 1000;
    console.log(`origin stopped: the edge answered from its copy for ${window.toFixed(1)} s`);
    // The copy was fresh for up to s-maxage after the last fetch, then stale for stale-if-error.
    expect(window, 'seconds the edge answered with the origin down').toBeGreaterThanOrEqual(
      SHORT.staleIfError - 1,
    );
    expect(ended, `the edge still answered ${limit / 1000} s after the origin stopped`).toBe(true);
  });
});
