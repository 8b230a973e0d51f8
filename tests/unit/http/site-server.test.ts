// The site's server with a stand-in for Next.js: what it answers, what it keeps in memory, and
// that no request reaches the framework in a form it could fail on.
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachePolicy } from '@/lib/http/cache-policy.mjs';
import { createSiteServer, type Rendered } from '@/lib/http/site-server';

const PAGE = Buffer.from(
  `<!DOCTYPE html><html lang="en"><body>${'policy text '.repeat(400)}</body></html>`,
);
const NOT_FOUND =
  '<html lang="zh-CN"><title>x</title><section lang="zh-CN">找不到</section><section lang="en">Not found</section></html>';
const asked: string[] = [];

function render(path: string): Promise<Rendered> {
  asked.push(path);
  if (path === '/en/privacy/')
    return Promise.resolve({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE });
  if (path === '/broken/')
    return Promise.resolve({ status: 500, contentType: 'text/plain', body: Buffer.from('x') });
  if (path === '/throws/') return Promise.reject(new Error('socket closed'));
  if (path === '/en/payload/')
    return Promise.resolve({
      status: 200,
      contentType: 'text/x-component',
      body: Buffer.from('0:[]'),
    });
  return Promise.resolve({
    status: 404,
    contentType: 'text/html; charset=utf-8',
    body: Buffer.from(NOT_FOUND),
  });
}

const logged: string[] = [];
const server = createSiteServer({
  render,
  notFound: {
    probe: '/_/not-found/',
    page: (html, locale) =>
      html.replace(/<section lang="([^"]+)">[^<]*<\/section>/g, (s, l) => (l === locale ? s : '')),
  },
  log: (line) => logged.push(line),
});
let origin = '';
let port = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
});
afterAll(() => {
  server.close();
});

/** Sends bytes as they are and returns what came back before the server closed (or 5 s). */
function raw(request: string, { body = '', close = true } = {}): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    socket.on('data', (d) => {
      data += d.toString('latin1');
      if (!close && data.includes('\r\n\r\n')) socket.destroy();
    });
    socket.on('error', () => resolve(data));
    socket.on('close', () => resolve(data));
    socket.write(request + body);
  });
}

const statusOf = (response: string) => Number(response.slice(9, 12));

describe('the site server', () => {
  it('asks Next.js for a page once and keeps it, with the cache policy and an ETag', async () => {
    const before = asked.filter((p) => p === '/en/privacy/').length;
    const first = await fetch(`${origin}/en/privacy/`, {
      headers: { 'accept-encoding': 'identity' },
    });
    const second = await fetch(`${origin}/en/privacy/?utm=x`, {
      headers: { 'accept-encoding': 'identity', rsc: '1', 'next-router-state-tree': '%5B%5D' },
    });
    expect(first.status).toBe(200);
    expect(Buffer.from(await second.arrayBuffer())).toEqual(PAGE);
    expect(first.headers.get('cache-control')).toBe(cachePolicy.document);
    expect(first.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(first.headers.get('x-frame-options')).toBe('DENY');
    expect(asked.filter((p) => p === '/en/privacy/').length - before).toBeLessThanOrEqual(1);
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const etag = (
      await fetch(`${origin}/en/privacy/`, { headers: { 'accept-encoding': 'identity' } })
    ).headers.get('etag')!;
    const response = await raw(
      `GET /en/privacy/ HTTP/1.1\r\nHost: x\r\nIf-None-Match: W/"nope", ${etag}\r\nConnection: close\r\n\r\n`,
    );
    expect(statusOf(response)).toBe(304);
    expect(response).toMatch(/\r\nCache-Control: public, max-age=0/);
    expect(response.split('\r\n\r\n')[1]).toBe('');
  });

  it('sends brotli or gzip as asked, each with its own ETag, and says it varies', async () => {
    const br = await raw(
      'GET /en/privacy/ HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip, br\r\nConnection: close\r\n\r\n',
    );
    const gz = await raw(
      'GET /en/privacy/ HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n',
    );
    expect(br).toMatch(/\r\nContent-Encoding: br\r\n/);
    expect(gz).toMatch(/\r\nContent-Encoding: gzip\r\n/);
    expect(br).toMatch(/\r\nVary: Accept-Encoding\r\n/);
    expect(brotliDecompressSync(Buffer.from(br.split('\r\n\r\n')[1]!, 'latin1'))).toEqual(PAGE);
    expect(gunzipSync(Buffer.from(gz.split('\r\n\r\n')[1]!, 'latin1'))).toEqual(PAGE);
    expect(/ETag: (\S+)/.exec(br)![1]).not.toBe(/ETag: (\S+)/.exec(gz)![1]);
  });

  it('answers Range with 206, 416 or the whole body, never an error', async () => {
    const part = await raw(
      'GET /en/privacy/ HTTP/1.1\r\nHost: x\r\nRange: bytes=0-14\r\nConnection: close\r\n\r\n',
    );
    expect(statusOf(part)).toBe(206);
    expect(part).toContain(`\r\nContent-Range: bytes 0-14/${PAGE.length}\r\n`);
    expect(part.split('\r\n\r\n')[1]).toBe('<!DOCTYPE html>');
    const past = await raw(
      'GET /en/privacy/ HTTP/1.1\r\nHost: x\r\nRange: bytes=999999-\r\nConnection: close\r\n\r\n',
    );
    expect(statusOf(past)).toBe(416);
    expect(past).toContain(`\r\nContent-Range: bytes */${PAGE.length}\r\n`);
    expect(past).toContain('\r\nCache-Control: no-store\r\n');
    for (const range of ['bytes=5-2', 'bytes=abc', `bytes=${'0-1,'.repeat(1500)}0-1`]) {
      const whole = await raw(
        `GET /en/privacy/ HTTP/1.1\r\nHost: x\r\nRange: ${range}\r\nConnection: close\r\n\r\n`,
      );
      expect(statusOf(whole), range).toBe(200);
      expect(whole).toContain(`\r\nContent-Length: ${PAGE.length}\r\n`);
    }
    const stale = await raw(
      'GET /en/privacy/ HTTP/1.1\r\nHost: x\r\nRange: bytes=0-1\r\nIf-Range: "old"\r\nConnection: close\r\n\r\n',
    );
    expect(statusOf(stale)).toBe(200);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await raw('HEAD /en/privacy/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(statusOf(head)).toBe(200);
    expect(head).toContain(`\r\nContent-Length: ${PAGE.length}\r\n`);
    expect(head.split('\r\n\r\n')[1]).toBe('');
  });

  it('sends the 404 page in the language of the URL, for unknown pages and internals alike', async () => {
    const en = await fetch(`${origin}/en/nothing/`);
    const zh = await fetch(`${origin}/_next/image?url=/x`);
    expect(en.status).toBe(404);
    expect(await en.text()).not.toContain('找不到');
    expect(await zh.text()).not.toContain('Not found');
    expect(en.headers.get('cache-control')).toBe(cachePolicy.notFound);
    expect(asked).not.toContain('/_next/image');
  });

  it('answers 405 from the headers alone, without waiting for the body', async () => {
    const response = await raw(
      'POST /en/privacy/ HTTP/1.1\r\nHost: x\r\nContent-Length: 50000000\r\n\r\n',
      { body: 'x'.repeat(1000), close: false },
    );
    expect(statusOf(response)).toBe(405);
    expect(response).toContain('\r\nAllow: GET, HEAD\r\n');
    expect(response).toContain('\r\nContent-Security-Policy: ');
  });

  it.each([
    ['CONNECT x.example:443 HTTP/1.1\r\nHost: x.example:443\r\n\r\n', 405],
    ['BREW /en/privacy/ HTTP/1.1\r\nHost: x\r\n\r\n', 405],
    ['GET /en/privacy/ HTTP/1.1\r\nHost: x\r\nX: ' + 'a'.repeat(20000) + '\r\n\r\n', 431],
    [
      'GET /en/privacy/ HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n',
      400,
    ],
    ['GET /en/ privacy/ HTTP/1.1\r\n\r\n', 400],
    ['\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03', 400],
  ])(
    'answers unparsable request %# with its status and the security headers',
    async (request, status) => {
      const response = await raw(request);
      expect(statusOf(response)).toBe(status);
      expect(response).toContain('\r\nX-Frame-Options: DENY\r\n');
      expect(response).toContain('\r\nCache-Control: no-store\r\n');
    },
  );

  it('answers a framework failure with a plain 500 that no cache keeps, and logs it once', async () => {
    for (const path of ['/broken/', '/throws/']) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status).toBe(500);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.text()).toBe('Internal Server Error\n');
    }
    expect(logged.some((l) => l.includes('/throws/') && l.includes('socket closed'))).toBe(true);
    // Not kept: the next request asks again.
    const before = asked.filter((p) => p === '/throws/').length;
    await fetch(`${origin}/throws/`);
    expect(asked.filter((p) => p === '/throws/').length).toBe(before + 1);
  });

  it('answers a kept page by the request it is, not by the last request for that URL', async () => {
    const url = `${origin}/en/privacy/?kept`;
    expect((await fetch(url)).status).toBe(200);
    const head = await raw(
      'HEAD /en/privacy/?kept HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    );
    expect(statusOf(head)).toBe(200);
    expect(head.split('\r\n\r\n')[1]).toBe('');
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);
    for (const [accept, coding] of [
      ['br', 'br'],
      ['gzip', 'gzip'],
      ['identity', null],
      ['br;q=0, gzip;q=0', null],
    ] as const) {
      const response = await raw(
        `GET /en/privacy/?kept HTTP/1.1\r\nHost: x\r\nAccept-Encoding: ${accept}\r\nConnection: close\r\n\r\n`,
      );
      expect(/\r\nContent-Encoding: (\S+)/.exec(response)?.[1] ?? null, accept).toBe(coding);
    }
  });

  it('sends the 404 page whole to a request with If-None-Match or Range', async () => {
    await fetch(`${origin}/en/nothing/`);
    const response = await raw(
      'GET /en/nothing/ HTTP/1.1\r\nHost: x\r\nIf-None-Match: *\r\nRange: bytes=0-1\r\nConnection: close\r\n\r\n',
    );
    expect(statusOf(response)).toBe(404);
    expect(response).not.toContain('\r\nETag:');
    expect(response).toContain('Not found');
  });

  it('never sends a component payload, even where the framework would', async () => {
    const response = await fetch(`${origin}/en/payload/`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('text/html');
  });
});
