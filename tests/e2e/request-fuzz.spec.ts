// Seeded request fuzzing against whichever server the suite runs on (the site's server, then
// nginx with the export): thousands of requests built from random methods, request-target forms,
// paths (the comparisons of any two versions among them), headers and HTTP versions, sent as raw
// bytes. Every answer must keep the same promises: no 5xx (505 for an HTTP version the server
// does not speak is fine), no connection dropped without an answer, the security headers and the
// cache policy on every response, no control character in any header, no Location that leaves
// the site, and normal pages afterwards. A failure prints its seed and request: FUZZ_SEED=<seed>
// replays the same run.
import { expect, test } from '@playwright/test';
import { cacheControlFor } from '@/lib/http/cache-policy.mjs';
import { securityHeaders } from '@/lib/security-headers.mjs';
import {
  allPages,
  documents,
  LOCALES,
  pagePath,
  rawRequest,
  sendRaw,
  versionDates,
  type RawAnswer,
} from './helpers';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const COUNT = Number(process.env.FUZZ_COUNT ?? 2500);
const PARALLEL = 8;
const base = new URL(process.env.BASE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3100}`);

/** mulberry32: a small seeded generator, so a run can be replayed exactly. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const chance = (p: number) => next() < p;
  return { int, pick, chance };
}

const METHODS = [
  'POST',
  'PUT',
  'DELETE',
  'PATCH',
  'OPTIONS',
  'TRACE',
  'CONNECT',
  'PROPFIND',
  'MKCOL',
  'PURGE',
  'M-SEARCH',
  'BREW',
  'get',
  'G_T',
  'QUERY',
];
const PAGES = allPages().map((p) => p.path);
/** Every comparison of two versions (/terms/<version>/changes/<earlier>/), answered on request. */
const COMPARISONS = documents().flatMap((doc) => {
  const dates = versionDates(doc);
  return LOCALES.flatMap((locale) =>
    dates.flatMap((version, i) =>
      dates.slice(0, i).map((since) => pagePath(locale, `${doc}/${version}/changes/${since}`)),
    ),
  );
});
const FILES = [
  '/site.js',
  '/favicon.ico',
  '/icon.svg',
  '/apple-icon.png',
  '/share.png',
  '/sitemap.xml',
  '/robots.txt',
  '/feed.xml',
  '/en/feed.xml',
  '/icons/public-security-emblem.svg',
];
const INTERNALS = [
  '/_next/image?url=%2Fshare.png&w=64&q=75',
  '/_next/data/build/en/privacy.json',
  '/_next/static/chunks/main.js',
  '/_next/static/x/_buildManifest.js',
  '/_next/static/x/_clientMiddlewareManifest.js',
  '/_global-error/',
  '/_not-found/',
  '/en/privacy.rsc',
  '/en/privacy.segments/_tree.segment.rsc',
  '/_next/webpack-hmr',
  '/__nextjs_original-stack-frame',
  '/_error',
  '/500/',
  '/404/',
  '/zh-CN/_/undecodable/',
];
const SEGMENTS = [
  'en',
  'zh-CN',
  'ZH-cn',
  'privacy',
  'terms',
  'legal',
  'history',
  'bilingual',
  '2017-03-09',
  'changes',
  '2026-11-29',
  '2026-12-07',
  'compare',
  'range.css',
  'x',
  '..',
  '.',
  '',
  '%2e%2e',
  '%2E',
  '%2f',
  '%2F..',
  '%00',
  '%0a',
  '%0d%0aSet-Cookie:x=1',
  '%ff',
  '%e0%a4',
  '%E0%A4%A',
  '%zz',
  '%',
  '%%',
  '50%%2050%%',
  '%5c',
  '\\',
  '"',
  "'",
  '<script>',
  '%3Cscript%3E',
  'é',
  '\u00ff',
  '~',
  'feed.xml',
  'index.html',
  'a.b',
  '%70rivacy',
  '_next',
  '_x',
  '%20',
  '+',
  ';a=b',
  '*',
];
const RANGES = [
  'bytes=0-9',
  'bytes=0-',
  'bytes=-5',
  'bytes=999999-',
  'bytes=5-2',
  'bytes=abc',
  'bytes=',
  'bytes=-0',
  'bytes=0-0,2-3',
  `bytes=${'0-1,'.repeat(1800)}0-1`,
  'items=0-1',
  'bytes=1-1e9',
];
const ROUTER_HEADERS: [string, string][] = [
  ['RSC', '1'],
  ['Next-Router-State-Tree', '%5B%22%22%2C%7B%7D%5D'],
  ['Next-Router-Prefetch', '1'],
  ['Next-Router-Segment-Prefetch', '/_tree'],
  ['Next-Action', 'abcdef0123456789'],
  ['Next-Url', '/en/privacy/'],
  ['Next-Resume', '1'],
  ['x-middleware-subrequest', 'proxy:proxy:proxy:proxy:proxy'],
  ['x-now-route-matches', '1=privacy'],
  ['x-invoke-path', '/_not-found'],
  ['x-nextjs-data', '1'],
  ['Purpose', 'prefetch'],
];

type Sent = { method: string; target: string; path: string; text: string };

function buildRequest(r: ReturnType<typeof generator>): Sent {
  const method = r.chance(0.55) ? 'GET' : r.chance(0.35) ? 'HEAD' : r.pick(METHODS);
  let path: string;
  const kind = r.int(10);
  if (kind < 3) path = r.pick(r.chance(0.3) ? COMPARISONS : PAGES);
  else if (kind < 4) path = r.pick(FILES);
  else if (kind < 5) path = r.pick(INTERNALS);
  else if (kind < 6) path = `/${'a/'.repeat(r.int(4000))}${r.pick(SEGMENTS)}`;
  else {
    const parts = Array.from({ length: 1 + r.int(5) }, () => r.pick(SEGMENTS));
    path = `${r.chance(0.2) ? '//' : '/'}${parts.join(r.chance(0.1) ? '//' : '/')}${r.chance(0.5) ? '/' : ''}`;
  }
  if (r.chance(0.2))
    path += `?${r.pick(['a=1', 'q=%GG', 'x=</script>', '_rsc=abc', 'utm_source=mail&b=2', '', '%0d%0a', 'a=\u00e9'])}`;
  let target = path;
  const form = r.int(20);
  if (form === 0) target = `http://evil.example${path}`;
  else if (form === 1) target = `https://127.0.0.1:1${path}`;
  else if (form === 2) target = '*';
  else if (form === 3) target = 'evil.example:443';
  const version = r.chance(0.9)
    ? 'HTTP/1.1'
    : r.pick(['HTTP/1.0', 'HTTP/2.0', 'HTTP/1.2', 'HTTP/0.9', 'HTTX/1.1']);
  const headers: [string, string][] = [];
  if (r.chance(0.95))
    headers.push([
      'Host',
      r.chance(0.9) ? base.host : r.pick(['evil.example', '', 'a b', `${base.host}, evil.example`]),
    ]);
  if (r.chance(0.3)) headers.push(['Range', r.pick(RANGES)]);
  if (r.chance(0.25))
    headers.push(...Array.from({ length: 1 + r.int(3) }, () => r.pick(ROUTER_HEADERS)));
  if (r.chance(0.2)) headers.push(['If-None-Match', r.pick(['*', '"x"', 'W/"x"', '"a", "b"', ''])]);
  if (r.chance(0.1))
    headers.push(['If-Modified-Since', r.pick(['Thu, 01 Jan 2099 00:00:00 GMT', 'yesterday', ''])]);
  if (r.chance(0.1)) headers.push(['If-Range', r.pick(['"x"', 'Thu, 01 Jan 1970 00:00:00 GMT'])]);
  if (r.chance(0.4))
    headers.push([
      'Accept-Encoding',
      r.pick(['gzip, deflate, br', 'br;q=0, gzip', '*;q=0', 'identity', 'x']),
    ]);
  if (r.chance(0.05)) headers.push(['X-Big', 'b'.repeat(r.pick([4000, 9000, 20000]))]);
  if (r.chance(0.05))
    headers.push(...Array.from({ length: 120 }, (_, i) => [`X-H${i}`, 'v'] as [string, string]));
  if (r.chance(0.05)) headers.push(['Expect', r.pick(['100-continue', 'nothing'])]);
  if (r.chance(0.05)) headers.push(['Upgrade', 'websocket'], ['Sec-WebSocket-Version', '13']);
  if (r.chance(0.05))
    headers.push(['Cookie', `NEXT_LOCALE=en; __prerender_bypass=${'x'.repeat(20)}`]);
  let body = '';
  if (method !== 'GET' && method !== 'HEAD' && r.chance(0.5)) {
    if (r.chance(0.5)) {
      body = 'x'.repeat(r.int(3000));
      headers.push([
        'Content-Length',
        String(r.chance(0.8) ? body.length : body.length + 1_000_000),
      ]);
    } else {
      body = '5\r\nhello\r\n0\r\n\r\n';
      headers.push(['Transfer-Encoding', 'chunked']);
    }
  }
  headers.push(['Connection', 'close']);
  const head = `${method} ${target} ${version}\r\n${headers.map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n`;
  const policyPath = target.replace(/^[a-z]+:\/\/[^/]*/i, '');
  return { method, target, path: policyPath, text: head + body };
}

// Every header of lib/security-headers.mjs but HSTS, which security.spec.ts checks per server
// (nginx over plain HTTP as a CDN origin, HTTPS, the site's server).
const SECURITY = securityHeaders()
  .map(({ key }) => key.toLowerCase())
  .filter((name) => name !== 'strict-transport-security');

function problemsOf(sent: Sent, answer: RawAnswer): string[] {
  if ('dropped' in answer) return [`no answer (got ${JSON.stringify(answer.data)})`];
  const problems: string[] = [];
  const { status, headers } = answer;
  const get = (name: string) => headers.filter(([k]) => k === name).map(([, v]) => v);
  if (status >= 500 && status !== 505) problems.push(`status ${status}`);
  for (const name of SECURITY)
    if (get(name).length !== 1) problems.push(`${name} sent ${get(name).length} times`);
  const cacheControl = get('cache-control');
  const expected = cacheControlFor(status, sent.path);
  if (status !== 505 && (cacheControl.length !== 1 || cacheControl[0] !== expected)) {
    problems.push(
      `Cache-Control ${JSON.stringify(cacheControl)} for ${status}, policy says ${expected}`,
    );
  }
  if (/[\u0000-\u0008\u000a-\u001f\u007f-\uffff]/.test(answer.head.replace(/\r\n/g, '')))
    problems.push('control or non-ASCII byte in a header');
  for (const location of get('location')) {
    if (!/^\/(?![/\\])[\x21-\x7e]*$/.test(location))
      problems.push(`Location ${JSON.stringify(location)} leaves the site or is not encoded`);
  }
  if (get('set-cookie').length > 0) problems.push('Set-Cookie');
  if (get('content-type').some((t) => t.includes('x-component')))
    problems.push('component payload');
  return problems;
}

test('thousands of random requests keep every promise, and the server answers normally after', async () => {
  test.setTimeout(600_000);
  const r = generator(SEED);
  const requests = Array.from({ length: COUNT }, () => buildRequest(r));
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  let index = 0;
  const worker = async () => {
    while (index < requests.length) {
      const i = index++;
      const sent = requests[i]!;
      const answer = await sendRaw(sent.text);
      if (!('dropped' in answer))
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      for (const problem of problemsOf(sent, answer)) {
        failures.push(`#${i} ${problem}: ${JSON.stringify(sent.text.slice(0, 300))}`);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  console.log(
    `fuzz seed ${SEED}: ${COUNT} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
  );
  const kinds = new Map<string, string>();
  for (const f of failures) kinds.set(f.replace(/^#\d+ /, '').split(':')[0]!, f);
  expect([...kinds.values()].slice(0, 30), `seed ${SEED}: ${failures.length} failures`).toEqual([]);
  expect(COMPARISONS.length).toBeGreaterThan(0);
  for (const path of [...PAGES, ...COMPARISONS]) {
    const response = await rawRequest(path);
    expect(response.status, path).toBe(200);
    expect(response.body).toContain('</html>');
  }
});
