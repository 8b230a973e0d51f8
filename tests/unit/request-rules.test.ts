import { describe, expect, it } from 'vitest';
import { earlyAnswer } from '@/lib/request-rules';

describe('earlyAnswer', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND'])(
    'answers %s with 405 and the methods that are allowed',
    (method) => {
      expect(earlyAnswer(method, '/en/privacy/', '')).toEqual({ status: 405, allow: 'GET, HEAD' });
    },
  );

  it.each([
    ['/en/privacy/', ''],
    ['/privacy/', ''],
    ['/', ''],
    ['/site.js', ''],
    ['/_next/static/chunks/app.css', ''],
    ['/icons/public-security-emblem.svg', ''],
    ['/feed.xml', ''],
    ['/privacy/2017-03-09/changes/', ''],
  ])('lets GET and HEAD of %s through', (path, search) => {
    expect(earlyAnswer('GET', path, search)).toBeNull();
    expect(earlyAnswer('HEAD', path, search)).toBeNull();
  });

  it.each([
    ['/en/privacy', '', '/en/privacy/'],
    ['/en', '', '/en/'],
    ['/en/privacy', '?from=mail', '/en/privacy/?from=mail'],
    ['/zh-CN', '', '/'],
    ['/zh-CN/', '', '/'],
    ['/zh-CN/privacy/', '', '/privacy/'],
    ['/zh-CN/privacy', '', '/privacy/'],
    ['/ZH-cn/terms/', '?a=1', '/terms/?a=1'],
    ['/feed.xml/', '', '/feed.xml'],
    ['/en/feed.xml/', '?a=1', '/en/feed.xml?a=1'],
    ['/zh-CN/feed.xml/', '', '/feed.xml'],
  ])('redirects %s%s to %s in one hop', (path, search, location) => {
    expect(earlyAnswer('GET', path, search)).toEqual({ status: 308, location });
  });

  it('does not take a page that only starts like the prefix for it', () => {
    expect(earlyAnswer('GET', '/zh-CNx/', '')).toBeNull();
  });
});
