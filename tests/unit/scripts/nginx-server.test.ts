// The generated nginx configuration running: hostile redirects (decoded bytes in Location, other
// hosts), the cache policy and security headers on every answer, brotli, ranges, and HTTPS with
// its redirecting HTTP server. Serves a small fixture site with Debian's nginx on loopback.
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import { readFileSync, rmSync } from 'node:fs';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControlFor } from '@/lib/http/cache-policy.mjs';
import { securityHeaders } from '@/lib/security-headers.mjs';
import { startStaticServer } from '@/scripts/lib/static-server';
import { FIXTURE_CSS as CSS, fixtureSite } from '@/tests/unit/helpers/fixture-site';
import { makeTestCertificates } from '@/scripts/lib/test-certificates';

const PLAIN = 5811;
const TLS = 5812;
const REDIRECT = 5813;

type Answer = { status: number; headers: http.IncomingHttpHeaders; raw: string[]; body: string };

function request(
  port: number,
  target: string,
  {
    method = 'GET',
    headers = {},
    ca,
  }: { method?: string; headers?: http.OutgoingHttpHeaders; ca?: Buffer } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const options = { host: '127.0.0.1', port, method, path: target, headers };
    const done = (response: http.IncomingMessage) => {
      let body = '';
      response.setEncoding('latin1');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          raw: response.rawHeaders,
          body,
        }),
      );
    };
    const req = ca ? https.request({ ...options, ca }, done) : http.request(options, done);
    req.on('error', reject);
    req.end();
  });
}

/** Every header value printable ASCII; each security header exactly once. */
function expectCleanHeaders(answer: Answer, target: string) {
  for (let i = 0; i < answer.raw.length; i += 2) {
    expect(answer.raw[i + 1], `${target}: ${answer.raw[i]}`).toMatch(/^[\x20-\x7e]*$/);
  }
  const names = answer.raw.filter((_, i) => i % 2 === 0).map((n) => n.toLowerCase());
  for (const { key } of securityHeaders()) {
    expect(names.filter((n) => n === key.toLowerCase()).length, `${target}: ${key}`).toBe(1);
  }
  expect(names.filter((n) => n === 'cache-control').length, target).toBe(1);
  expect(names).not.toContain('set-cookie');
}

let root: string;
let certificates: ReturnType<typeof makeTestCertificates>;
const servers: { stop: () => Promise<void> }[] = [];

beforeAll(async () => {
  root = fixtureSite();
  certificates = makeTestCertificates();
  servers.push(await startStaticServer(PLAIN, { root }));
  servers.push(
    await startStaticServer(TLS, {
      root,
      tls: {
        certificate: certificates.certificate,
        certificateKey: certificates.key,
        ca: certificates.ca,
        redirectPort: REDIRECT,
      },
    }),
  );
}, 60_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  rmSync(root, { recursive: true, force: true });
  rmSync(certificates.dir, { recursive: true, force: true });
});

describe('redirects copy the request as it was sent, never decoded bytes', () => {
  it('answers /zh-CN/x%0a?Set-Cookie:x=1 with an encoded Location and no Set-Cookie', async () => {
    const answer = await request(PLAIN, '/zh-CN/x%0a?Set-Cookie:x=1');
    expect(answer.status).toBe(308);
    expect(answer.headers.location).toBe('/x%0a?Set-Cookie:x=1');
    expectCleanHeaders(answer, '/zh-CN/x%0a');
  });

  it.each([
    '/zh-CN/x%0d%0aSet-Cookie:%20a=1/',
    '/zh-CN/a%5cb/',
    '/zh-CN/a%22b%27c/',
    '/zh-CN/a%20b',
    '/zh-CN/a"b/',
    '/zh-CN/a\\b/',
    '/zh-CN/<script>/',
    '/zh-CN/privacy?q=%0d%0a',
    '/zh-CN/privacy?q="x\\',
    '/en/privacy?x=%0aSet-Cookie:y',
    '/en/privacy?x="\\',
    '/feed.xml/?%0a',
    '/zh-CN//evil.example/',
    '/zh-CN/%2F%2Fevil.example/',
    '/zh-CN/%5Cevil.example/',
    '/zh-CN/\\evil.example/',
    '//evil.example/',
    '//en',
    '/\\evil.example/',
  ])('%s: printable headers, and any Location stays on the site', async (target) => {
    const answer = await request(PLAIN, target);
    expect(answer.status, target).toBeLessThan(500);
    expectCleanHeaders(answer, target);
    const location = answer.headers.location;
    if (location !== undefined) {
      expect(location).toMatch(/^\/(?![/\\])/);
      expect(location).not.toMatch(/[\s"'\\<>]/);
      expect(new URL(location, 'https://site.example').host).toBe('site.example');
    }
  });

  it('keeps the redirects working: /zh-CN/privacy → /privacy/, /en/privacy → /en/privacy/', async () => {
    for (const [from, to] of [
      ['/zh-CN', '/'],
      ['/zh-CN/', '/'],
      ['/zh-CN/?a=1', '/?a=1'],
      ['/zh-CN/privacy', '/privacy/'],
      ['/ZH-cn/privacy/?b=2', '/privacy/?b=2'],
      ['/en/privacy', '/en/privacy/'],
      ['/en?x=1', '/en/?x=1'],
      ['/feed.xml/', '/feed.xml'],
      // Doubled slashes, merged in one hop (with the final slash a page needs).
      ['//en//privacy', '/en/privacy/'],
      ['/en//privacy/?a=1', '/en/privacy/?a=1'],
      ['//feed.xml', '/feed.xml'],
    ]) {
      const answer = await request(PLAIN, from!);
      expect([answer.status, answer.headers.location], from).toEqual([308, to]);
    }
  });
});

describe('every answer carries the headers once and the cache policy', () => {
  it.each([
    ['/en/privacy/', 'GET', {}],
    ['/privacy/', 'HEAD', {}],
    [CSS, 'GET', {}],
    ['/feed.xml', 'GET', {}],
    ['/en/nothing/', 'GET', {}],
    ['/nothing/', 'GET', {}],
    ['/en/privacy', 'GET', {}],
    ['/en/privacy/', 'POST', {}],
    ['/en/privacy/', 'DELETE', {}],
    ['/en/privacy/', 'GET', { Range: 'bytes=999999-' }],
    ['/en/privacy/', 'GET', { Range: 'bytes=0-1,2-3,4-5' }],
    ['/en/privacy/', 'GET', { 'If-None-Match': '"x"' }],
    ['/en/%GG/', 'GET', {}],
  ])('%s (%s %j)', async (target, method, headers) => {
    const answer = await request(PLAIN, target, { method, headers });
    expectCleanHeaders(answer, target);
    const pathname = target.split('?')[0]!;
    expect(answer.headers['cache-control'], `${answer.status} ${target}`).toBe(
      cacheControlFor(answer.status, pathname),
    );
    if (answer.status === 405) expect(answer.headers.allow).toBe('GET, HEAD');
    else expect(answer.headers.allow).toBeUndefined();
  });

  it('answers a Range with the whole file, never 416 or several copies', async () => {
    const full = await request(PLAIN, '/en/privacy/');
    const ranges = Array.from({ length: 500 }, (_, i) => `${i}-${i + 1}`).join(',');
    for (const range of ['bytes=0-9', 'bytes=999999-', `bytes=${ranges}`]) {
      const answer = await request(PLAIN, '/en/privacy/', { headers: { Range: range } });
      expect(answer.status).toBe(200);
      expect(answer.body.length).toBe(full.body.length);
    }
  });

  it('sends ETags, and 304 to a matching If-None-Match', async () => {
    const first = await request(PLAIN, '/en/privacy/');
    expect(first.headers.etag).toMatch(/^"/);
    const again = await request(PLAIN, '/en/privacy/', {
      headers: { 'If-None-Match': first.headers.etag! },
    });
    expect(again.status).toBe(304);
    expect(again.headers['cache-control']).toBe(cacheControlFor(304, '/en/privacy/'));
  });

  it('sends the brotli copy to a client that accepts it', async () => {
    for (const target of ['/en/privacy/', CSS]) {
      const answer = await request(PLAIN, target, { headers: { 'Accept-Encoding': 'gzip, br' } });
      expect(answer.headers['content-encoding'], target).toBe('br');
      expect(answer.headers.vary).toBe('Accept-Encoding');
    }
  });
});

describe('HTTPS', () => {
  const ca = () => readFileSync(certificates.ca);

  it('serves the site over HTTPS with HSTS and the same headers', async () => {
    const answer = await request(TLS, '/en/privacy/', { ca: ca() });
    expect(answer.status).toBe(200);
    expectCleanHeaders(answer, 'https /en/privacy/');
    expect(answer.headers['strict-transport-security']).toMatch(/^max-age=\d{8}/);
  });

  it('redirects plain HTTP to the same path over HTTPS with 301, without HSTS', async () => {
    const answer = await request(REDIRECT, '/en/privacy/?a=1');
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe(`https://127.0.0.1:${TLS}/en/privacy/?a=1`);
    expect(answer.headers['strict-transport-security']).toBeUndefined();
    const hostile = await request(REDIRECT, '/x%0d%0aSet-Cookie%3a%20a/', {
      headers: { Host: 'evil.example' },
    });
    expect(hostile.headers.location).toBe(`https://127.0.0.1:${TLS}/x%0d%0aSet-Cookie%3a%20a/`);
    const unsafe = await request(REDIRECT, '//evil.example/"');
    expect(unsafe.headers.location).toBe(`https://127.0.0.1:${TLS}/`);
  });

  it('redirects plain HTTP sent to the HTTPS port too', async () => {
    const answer = await request(TLS, '/en/');
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe(`https://127.0.0.1:${TLS}/en/`);
  });

  it('speaks TLS 1.2 and 1.3, refuses 1.1, and offers HTTP/2', async () => {
    const handshake = (version: tls.SecureVersion) =>
      new Promise<string>((resolve) => {
        const socket = tls.connect(
          { host: '127.0.0.1', port: TLS, ca: ca(), minVersion: version, maxVersion: version },
          () => {
            resolve(socket.getProtocol() ?? '');
            socket.end();
          },
        );
        socket.on('error', () => resolve('refused'));
      });
    expect(await handshake('TLSv1.2')).toBe('TLSv1.2');
    expect(await handshake('TLSv1.3')).toBe('TLSv1.3');
    expect(await handshake('TLSv1.1')).toBe('refused');
    const session = http2.connect(`https://127.0.0.1:${TLS}`, { ca: ca() });
    const status = await new Promise<number>((resolve, reject) => {
      const stream = session.request({ ':path': '/en/' });
      stream.on('response', (headers) => resolve(Number(headers[':status'])));
      stream.on('error', reject);
      stream.resume();
    });
    session.close();
    expect(status).toBe(200);
  });
});
