// Each request an outside test of the production server sent, as its own test, on both servers
// (the site's server, and nginx with the export when BASE_URL is set): Range on files, methods
// Node cannot represent, the asterisk and absolute forms, error pages reachable by URL, bodies on
// refused methods, framework paths and headers, redirects, overlong URLs and caching.
import { expect, test } from '@playwright/test';
import { cachePolicy } from '@/lib/http/cache-policy.mjs';
import { rawRequest, sendRaw, type RawAnswer } from './helpers';

const host = new URL(process.env.BASE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3100}`).host;
const STATIC = !!process.env.BASE_URL;

function answered(answer: RawAnswer) {
  if ('dropped' in answer) throw new Error(`no answer: ${answer.data}`);
  const header = (name: string) => answer.headers.find(([k]) => k === name)?.[1];
  return { ...answer, header };
}

const get = (target: string, headers = '') =>
  sendRaw(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\n${headers}Connection: close\r\n\r\n`).then(
    answered,
  );

async function stylesheet(): Promise<string> {
  const page = await rawRequest('/en/privacy/');
  return /href="(\/_next\/static\/[^"]+\.css)"/.exec(page.body)![1]!;
}

test.describe('Range on files', () => {
  // The generated nginx configuration ignores Range (max_ranges 0): the whole file, always.
  for (const [range, status] of [
    ['bytes=999999-', 416],
    ['bytes=5-2', 200],
    ['bytes=abc', 200],
    ['bytes=0-9', 206],
    [`bytes=${'0-1,'.repeat(1800)}0-1`, 200],
  ] as const) {
    const expected = STATIC ? 200 : status;
    test(`${range.slice(0, 20)} on site.js, a stylesheet and an icon answers ${expected}`, async () => {
      for (const path of ['/site.js', await stylesheet(), '/icon.svg', '/share.png']) {
        const answer = await get(path, `Range: ${range}\r\n`);
        expect(answer.status, path).toBe(expected);
        expect(answer.header('x-frame-options'), path).toBe('DENY');
        if (expected === 206) expect(answer.body.length, path).toBe(10);
        if (expected === 416)
          expect(answer.header('content-range'), path).toMatch(/^bytes \*\/\d+$/);
        // Several ranges are never answered with more than the file.
        if (expected === 200) expect(Number(answer.header('content-length'))).toBeGreaterThan(10);
      }
    });
  }
});

test.describe('methods and request-target forms', () => {
  for (const method of ['TRACE', 'PROPFIND', 'BREW']) {
    test(`${method} /en/privacy/ is 405 with Allow`, async () => {
      const answer = answered(
        await sendRaw(
          `${method} /en/privacy/ HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
        ),
      );
      expect(answer.status).toBe(405);
      expect(answer.header('allow')).toBe('GET, HEAD');
      expect(answer.header('cache-control')).toBe(cachePolicy.refused);
    });
  }

  test('OPTIONS * is refused and GET * is 400', async () => {
    const options = answered(
      await sendRaw(`OPTIONS * HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`),
    );
    // nginx refuses the asterisk form with 400 before it looks at the method.
    expect(STATIC ? [400, 405] : [405]).toContain(options.status);
    expect((await get('*')).status).toBe(400);
  });

  test('CONNECT is answered, not dropped', async () => {
    const answer = answered(
      await sendRaw(`CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n`),
    );
    expect([400, 405]).toContain(answer.status);
    expect(answer.header('x-frame-options')).toBe('DENY');
  });

  test('an absolute-form target serves the path on this site, and never redirects elsewhere', async () => {
    const page = await get('http://evil.example/en/privacy/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('</html>');
    const slashless = await get('http://evil.example/en/privacy');
    expect(slashless.status).toBe(308);
    expect(slashless.header('location')).toBe('/en/privacy/');
  });
});

test.describe('error pages and framework internals', () => {
  for (const path of [
    '/_global-error/',
    '/_not-found/',
    '/_next/image?url=%2Fshare.png&w=64&q=75',
    '/_next/data/build/en/privacy.json',
    '/_next/static/chunks/main.js',
    '/en/privacy.rsc',
  ]) {
    test(`${path} is the 404 page, kept briefly`, async () => {
      const answer = await get(path);
      expect(answer.status).toBe(404);
      expect(answer.header('cache-control')).toBe(cachePolicy.notFound);
      expect(answer.header('content-type')).toContain('text/html');
    });
  }

  test('no build manifest is served: neither the rewrites nor the matcher are public', async () => {
    const page = await rawRequest('/en/privacy/');
    const build =
      /\/_next\/static\/([^/]+)\/_(?:build|ssg)Manifest\.js/.exec(page.body)?.[1] ?? 'x';
    for (const name of ['_buildManifest.js', '_ssgManifest.js', '_clientMiddlewareManifest.js']) {
      expect((await get(`/_next/static/${build}/${name}`)).status, name).toBe(404);
    }
  });

  test('RSC and router headers get exactly the page a browser gets, with no Vary on them', async () => {
    const plain = await get('/en/privacy/');
    for (const headers of [
      'RSC: 1\r\n',
      'RSC: 1\r\nNext-Router-Prefetch: 1\r\nNext-Router-Segment-Prefetch: /_tree\r\n',
      'Next-Router-State-Tree: %5B%22%22%5D\r\nNext-Url: /en/terms/\r\n',
      'Next-Action: 0123456789abcdef\r\n',
      'x-middleware-subrequest: proxy:proxy:proxy:proxy:proxy\r\n',
    ]) {
      const answer = await get('/en/privacy/?_rsc=abc', headers);
      expect(answer.status, headers).toBe(200);
      expect(answer.body, headers).toBe(plain.body);
      expect(answer.header('content-type'), headers).toContain('text/html');
      expect(answer.header('vary') ?? '', headers).not.toMatch(/rsc|router|next/i);
    }
  });
});

test.describe('bodies on refused methods', () => {
  test('a POST announcing 50 MB is refused with 405 before its body is sent', async () => {
    // Only the headers and 64 KB go out: the answer must come without the rest of the body.
    const answer = answered(
      await sendRaw(
        `POST /en/privacy/ HTTP/1.1\r\nHost: ${host}\r\nContent-Type: text/plain\r\nContent-Length: 52428800\r\n\r\n${'x'.repeat(65536)}`,
        { closeAfterHead: true },
      ),
    );
    expect(answer.status).toBe(405);
    expect(answer.header('x-frame-options')).toBe('DENY');
  });

  for (const [what, request] of [
    [
      'an undecodable path',
      `POST /%zz HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 2\r\nConnection: close\r\n\r\nab`,
    ],
    [
      'a Next-Action header',
      `POST /en/privacy/ HTTP/1.1\r\nHost: ${host}\r\nNext-Action: abc\r\nContent-Length: 2\r\nConnection: close\r\n\r\nab`,
    ],
  ]) {
    test(`POST with ${what} is refused too`, async () => {
      // nginx answers an undecodable path with 400 before it looks at the method.
      expect(STATIC ? [400, 405] : [405]).toContain(answered(await sendRaw(request!)).status);
    });
  }
});

test.describe('redirects', () => {
  for (const [target, location] of [
    ['//en//privacy', '/en/privacy/'],
    ['/en//privacy/', '/en/privacy/'],
    ['/zh-CN/privacy', '/privacy/'],
  ]) {
    test(`${target} is one relative hop to ${location}, with the security headers`, async () => {
      const answer = await get(target!);
      expect(answer.status).toBe(308);
      expect(answer.header('location')).toBe(location);
      expect(answer.header('content-security-policy')).toBeTruthy();
      expect((await get(location!)).status).toBe(200);
    });
  }

  test('a backslash in a path is never copied into a redirect', async () => {
    const answer = await get('/en\\privacy/');
    expect([308, 400, 404]).toContain(answer.status);
    if (answer.status === 308) expect(answer.header('location')).toBe('/en/privacy/');
  });

  test('a path of 8,000 characters is refused, not echoed back in a redirect', async () => {
    const answer = await get(`/${'a'.repeat(8000)}`);
    expect(STATIC ? [404, 414] : [414]).toContain(answer.status);
    expect(answer.head.length).toBeLessThan(2048);
  });
});

test.describe('caching', () => {
  for (const [path, policy] of [
    ['/en/privacy/', cachePolicy.document],
    ['/privacy/', cachePolicy.document],
    ['/feed.xml', cachePolicy.document],
    ['/en/feed.xml', cachePolicy.document],
    ['/sitemap.xml', cachePolicy.document],
    ['/robots.txt', cachePolicy.document],
    ['/site.js', cachePolicy.document],
    ['/en/no-such-page/', cachePolicy.notFound],
    ['/no-such-page/', cachePolicy.notFound],
  ] as const) {
    test(`${path} says ${policy}, and revalidates by ETag`, async () => {
      const answer = await get(path);
      expect(answer.header('cache-control')).toBe(policy);
      if (answer.status !== 200) return;
      const etag = answer.header('etag');
      expect(etag).toBeTruthy();
      const again = await get(path, `If-None-Match: ${etag}\r\n`);
      expect(again.status).toBe(304);
      expect(again.header('cache-control')).toBe(policy);
    });
  }

  test('fingerprinted stylesheets stay immutable', async () => {
    expect((await get(await stylesheet())).header('cache-control')).toBe(cachePolicy.immutable);
  });
});

test.describe('precompressed copies', () => {
  // serve:static says whether its nginx has the brotli module (SITE_BROTLI); without it the
  // brotli test is skipped with the reason, never passed on a gzip answer.
  const brotliOff = process.env.SITE_BROTLI === 'off';
  const files = async () => ['/', '/en/privacy/', await stylesheet(), '/site.js', '/sitemap.xml'];

  test('a client that accepts only br gets the brotli copy of pages and files', async () => {
    if (brotliOff) console.log(`brotli test skipped: ${process.env.SITE_BROTLI_MESSAGE}`);
    test.skip(brotliOff, `the server sends no brotli: ${process.env.SITE_BROTLI_MESSAGE}`);
    for (const path of await files()) {
      const answer = await get(path, 'Accept-Encoding: br\r\n');
      expect(answer.status, path).toBe(200);
      expect(answer.header('content-encoding'), path).toBe('br');
      expect(answer.header('vary'), path).toMatch(/Accept-Encoding/i);
    }
  });

  test('gzip only gets gzip; no Accept-Encoding gets the file as it is', async () => {
    for (const path of await files()) {
      const gzip = await get(path, 'Accept-Encoding: gzip\r\n');
      expect(gzip.header('content-encoding'), path).toBe('gzip');
      const plain = await get(path);
      expect(plain.header('content-encoding'), path).toBeUndefined();
    }
  });
});
