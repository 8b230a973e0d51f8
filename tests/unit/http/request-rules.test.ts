import { describe, expect, it } from 'vitest';
import { decide, encodeTarget, MAX_TARGET_LENGTH } from '@/lib/http/request-rules';

describe('decide', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'CONNECT', 'FOO'])(
    'answers %s with 405 on every path, undecodable and asterisk ones included',
    (method) => {
      for (const target of ['/en/privacy/', '/%zz', '*', '/_next/image', 'http://x.example/']) {
        expect(decide(method, target)).toEqual({ kind: 'refuse', status: 405 });
      }
    },
  );

  it.each([
    ['/en/privacy/', 'en'],
    ['/privacy/', 'zh-CN'],
    ['/', 'zh-CN'],
    ['/site.js', 'zh-CN'],
    ['/_next/static/chunks/17cldqbddcsgn.css', 'zh-CN'],
    ['/_next/static/media/font.woff2', 'zh-CN'],
    ['/icons/public-security-emblem.svg', 'zh-CN'],
    ['/feed.xml', 'zh-CN'],
    ['/en/feed.xml', 'en'],
    ['/privacy/2017-03-09/changes/', 'zh-CN'],
    ['/en/privacy/?from=mail', 'en'],
  ])('serves GET and HEAD of %s', (target, locale) => {
    const path = target.split('?')[0];
    expect(decide('GET', target)).toEqual({ kind: 'serve', path, locale });
    expect(decide('HEAD', target)).toEqual({ kind: 'serve', path, locale });
  });

  it.each([
    ['/en/privacy', '/en/privacy/'],
    ['/en', '/en/'],
    ['/en/privacy?from=mail', '/en/privacy/?from=mail'],
    ['/zh-CN', '/'],
    ['/zh-CN/', '/'],
    ['/zh-CN/privacy/', '/privacy/'],
    ['/zh-CN/privacy', '/privacy/'],
    ['/ZH-cn/terms/?a=1', '/terms/?a=1'],
    ['/feed.xml/', '/feed.xml'],
    ['/en/feed.xml/?a=1', '/en/feed.xml?a=1'],
    ['/zh-CN/feed.xml/', '/feed.xml'],
    ['//en//privacy', '/en/privacy/'],
    ['//evil.example/x/', '/evil.example/x/'],
    ['/en/%70rivacy/', '/en/privacy/'],
    ['/%7Een/', '/~en/'],
    // The absolute form names a host; only its path counts, so no redirect leaves the site.
    ['http://evil.example/en/privacy', '/en/privacy/'],
    ['https://evil.example:8443//zh-CN/terms', '/terms/'],
    // Bytes no header may carry are sent on encoded, never decoded.
    ['/en/privacy?a="b c"\\', '/en/privacy/?a=%22b%20c%22%5C'],
  ])('redirects %s to %s in one hop', (target, location) => {
    expect(decide('GET', target)).toEqual({ kind: 'redirect', location });
  });

  it.each([
    ['/en/%GG/', 'en'],
    ['/%FF/', 'zh-CN'],
    ['/zh-CN/x%0a', 'zh-CN'],
    ['/x%00y/', 'zh-CN'],
    ['/en\\privacy/', 'en'],
    ['/en/%5Cprivacy/', 'en'],
    ['/en/../privacy/', 'en'],
    ['/%2e%2e/%2e%2e/etc/passwd', 'zh-CN'],
    ['/_next/static/..%2f..%2fnext.config.mjs', 'zh-CN'],
    ['/_next/image?url=/share.png&w=64&q=75', 'zh-CN'],
    ['/_next/data/build/en/privacy.json', 'zh-CN'],
    ['/_next/static/chunks/main.js', 'zh-CN'],
    ['/_next/static/abc/_buildManifest.js', 'zh-CN'],
    ['/_next/static/abc/_clientMiddlewareManifest.js', 'zh-CN'],
    ['/_global-error/', 'zh-CN'],
    ['/_not-found/', 'zh-CN'],
    ['/en/_not-found', 'en'],
    ['/zh-CN/_/undecodable/', 'zh-CN'],
    ['/en/privacy.rsc', 'en'],
    ['/en/privacy.segments/_tree.segment.rsc', 'en'],
    ['/%5Fnext/image', 'zh-CN'],
  ])('answers %s with the 404 page in %s', (target, locale) => {
    expect(decide('GET', target)).toEqual({ kind: 'not-found', locale });
  });

  it('answers a target that is not a path with 400', () => {
    expect(decide('GET', '*')).toEqual({ kind: 'refuse', status: 400 });
    expect(decide('GET', 'privacy/')).toEqual({ kind: 'refuse', status: 400 });
  });

  it('answers a target longer than the limit with 414, counting bytes once encoded', () => {
    expect(decide('GET', `/${'a'.repeat(MAX_TARGET_LENGTH)}`)).toEqual({
      kind: 'refuse',
      status: 414,
    });
    expect(decide('GET', `/${'\u00e9'.repeat(Math.ceil(MAX_TARGET_LENGTH / 3) + 1)}`)).toEqual({
      kind: 'refuse',
      status: 414,
    });
    expect(decide('GET', `/${'a'.repeat(MAX_TARGET_LENGTH - 2)}/`).kind).toBe('serve');
  });

  it('does not take a page that only starts like the prefix for it', () => {
    expect(decide('GET', '/zh-CNx/')).toEqual({ kind: 'serve', path: '/zh-CNx/', locale: 'zh-CN' });
  });

  it('never gives a Location with a byte outside printable ASCII, or one that leaves the site', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = [
      '/',
      '/',
      'a',
      'Z',
      '.',
      '%',
      '2',
      'F',
      '\\',
      '?',
      '#',
      ' ',
      '"',
      '\r',
      '\n',
      '\u00ff',
      'zh-CN',
      'en',
      '_',
    ];
    for (let i = 0; i < 5000; i++) {
      const length = 1 + Math.floor(random() * 12);
      const target = `/${Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')}`;
      const decision = decide('GET', target);
      if (decision.kind !== 'redirect') continue;
      expect(decision.location, target).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
    }
  });
});

describe('encodeTarget', () => {
  it('percent-encodes every byte that is not allowed in a URL as it is', () => {
    expect(encodeTarget('/a b\r\n"\\\u00ff?x=<1>')).toBe('/a%20b%0D%0A%22%5C%FF?x=%3C1%3E');
    expect(encodeTarget("/en/privacy/?a=1&b=c:d@e;f,(g)*+!$'~")).toBe(
      "/en/privacy/?a=1&b=c:d@e;f,(g)*+!$'~",
    );
  });
});
