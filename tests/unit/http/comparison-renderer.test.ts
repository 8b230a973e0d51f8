// The site's server answering the comparison of any two versions from published data (the compare
// page and each version's outline, here made from the real Terms): every pair in both languages,
// its headers and ETag, range.css, the form's 303, a cache of its own that stays bounded, and a
// seeded fuzz of comparison-shaped addresses that must never get a 500.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachePolicy } from '@/lib/http/cache-policy.mjs';
import { isComparisonAddress, withComparisons } from '@/lib/http/comparison-renderer';
import { createSiteServer, type Rendered } from '@/lib/http/site-server';
import { comparePagePath, outlinePath, rangeCss } from '@/lib/versions/comparison';
import { comparisonData } from '../../support/comparison-data';

const published = new Map<string, Rendered>();
const asked: string[] = [];
const html = (body: string): Rendered => ({
  status: 200,
  contentType: 'text/html; charset=utf-8',
  body: Buffer.from(body),
});

async function next(path: string): Promise<Rendered> {
  asked.push(path);
  return (
    published.get(path) ?? {
      status: 404,
      contentType: 'text/html; charset=utf-8',
      body: Buffer.from('<html lang="zh-CN"><body>not found</body></html>'),
    }
  );
}

const server = createSiteServer({
  render: withComparisons(next),
  notFound: { probe: '/_/not-found/', page: (page) => page },
  transient: isComparisonAddress,
  transientEntries: 3,
  log: () => {},
});
let origin = '';
let dates: string[] = [];

beforeAll(async () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    const { data, outlines, frame } = await comparisonData('terms', locale);
    published.set(comparePagePath(locale, 'terms'), html(frame));
    for (const o of outlines)
      published.set(outlinePath(locale, 'terms', o.version), {
        status: 200,
        contentType: 'application/json',
        body: Buffer.from(JSON.stringify(o)),
      });
    dates = data.versions.map((v) => v.date);
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

/** A seeded generator (mulberry32), so a failing case is the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('a comparison on the site server', () => {
  it('answers every earlier version in both languages, 404 for any other pair', async () => {
    for (const prefix of ['', '/en'])
      for (const version of dates)
        for (const since of [...dates, '2000-01-01']) {
          const response = await fetch(`${origin}${prefix}/terms/${version}/changes/${since}/`);
          const body = await response.text();
          const exists = dates.includes(since) && since < version;
          expect(response.status, `${version} since ${since}`).toBe(exists ? 200 : 404);
          if (exists) expect(body).toContain(`/terms/${version}/changes/${since}/"`);
        }
  });

  it('is sent as every page is: cache policy, ETag per encoding, 304, HEAD', async () => {
    const url = `${origin}/en/terms/${dates.at(-1)}/changes/${dates[0]}/`;
    const first = await fetch(url, { headers: { 'accept-encoding': 'br' } });
    expect(first.headers.get('cache-control')).toBe(cachePolicy.document);
    expect(first.headers.get('content-encoding')).toBe('br');
    expect(first.headers.get('vary')).toBe('Accept-Encoding');
    expect(first.headers.get('content-security-policy')).toBeTruthy();
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+-br"$/);
    const again = await fetch(url, { headers: { 'accept-encoding': 'br', 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const head = await fetch(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('has range.css beside it, the bytes nginx sends; none beside a pair that does not exist', async () => {
    const [since, version] = [dates[0]!, dates.at(-1)!];
    const css = await fetch(`${origin}/terms/${version}/changes/${since}/range.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toBe(rangeCss(version, since));
    expect((await fetch(`${origin}/terms/${since}/changes/${version}/range.css`)).status).toBe(404);
  });

  it('keeps the most recently asked pairs only, apart from the pages', async () => {
    const pair = (i: number) => `/en/terms/${dates.at(-1)}/changes/${dates[i]}/`;
    const asks = () => asked.filter((p) => p === comparePagePath('en', 'terms')).length;
    const before = asks();
    await fetch(origin + pair(0));
    await fetch(origin + pair(0));
    expect(asks() - before).toBeLessThanOrEqual(1);
    // Three others (the Chinese pairs), then the first again: it was let go, so it is drawn again.
    const beforeAgain = asks();
    await fetch(origin + `/terms/${dates.at(-1)}/changes/${dates[0]}/`);
    await fetch(origin + `/terms/${dates.at(-1)}/changes/${dates[1]}/`);
    await fetch(origin + `/terms/${dates.at(-1)}/changes/${dates[2]}/`);
    await fetch(origin + pair(0));
    expect(asks() - beforeAgain).toBe(1);
  });
});

describe("the compare page's form", () => {
  it('leads to the pair chosen with a 303 that no cache keeps, in either order of fields', async () => {
    for (const query of [
      `version=${dates[2]}&since=${dates[0]}`,
      `since=${dates[0]}&version=${dates[2]}`,
    ]) {
      const response = await fetch(`${origin}/en/terms/compare/?${query}`, { redirect: 'manual' });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(`/en/terms/${dates[2]}/changes/${dates[0]}/`);
      expect(response.headers.get('cache-control')).toBe(cachePolicy.refused);
    }
  });

  it('shows the compare page for anything else in the query', async () => {
    for (const query of [
      'version=x&since=y',
      `version=${dates[2]}`,
      `version=${dates[2]}&since=${dates[0]}&x=1`,
    ]) {
      const response = await fetch(`${origin}/terms/compare/?${query}`, { redirect: 'manual' });
      expect(response.status, query).toBe(200);
    }
  });
});

describe('comparison-shaped addresses, seeded', () => {
  it('never get a 500, whatever the segments hold', async () => {
    const next = random(31);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const pieces = [
      ...dates,
      '2026-13-45',
      '0000-00-00',
      '9999-99-99',
      '2026-12-0%37',
      '%32026-12-07',
      '2026-12-07%00',
      '..',
      '%2e%2e',
      '%ZZ',
      '%C0%AF',
      '日期',
      '%E6%97%A5',
      'x'.repeat(300),
      '',
      'range.css',
      'compare',
    ];
    for (let i = 0; i < 300; i++) {
      const path = `${pick(['', '/en', '/zh-CN', '/EN'])}/${pick(['terms', 'legal', 'privacy', 'x', 'terms%2F'])}/${pick(pieces)}/${pick(['changes', 'Changes', 'compare', ''])}/${pick(pieces)}/${pick(['', 'range.css', 'x/', '?version=2026-12-07&since=2026-11-29'])}`;
      const method = pick(['GET', 'HEAD', 'GET', 'POST', 'OPTIONS']);
      const response = await fetch(origin + path, { method, redirect: 'manual' });
      expect([200, 303, 308, 400, 404, 405, 414], `${method} ${path}`).toContain(response.status);
    }
  });
});
