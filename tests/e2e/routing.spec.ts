// URLs, redirects, status codes and caching behaviour, checked over HTTP without a browser.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { documents, LOCALES, pagePath } from './helpers';

const pages = [
  ...LOCALES.map((l) => pagePath(l)),
  ...documents().flatMap((doc) => LOCALES.map((l) => pagePath(l, doc))),
];

test.describe('URLs', () => {
  for (const path of pages) {
    test(`${path} answers 200 as HTML without cookies`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('text/html');
      expect(response.headers()['set-cookie']).toBeUndefined();
      expect(response.headers()['x-powered-by']).toBeUndefined();
    });
  }

  test('English without a trailing slash answers 308 to the slashed URL', async ({ request }) => {
    const response = await request.get('/en/privacy', { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(new URL(response.headers().location!, 'http://x').pathname).toBe('/en/privacy/');
  });

  for (const [from, to] of [
    ['/zh-CN/privacy/', '/privacy/'],
    ['/zh-CN/', '/'],
    ['/privacy', '/privacy/'],
    ['/en/privacy/history', '/en/privacy/history/'],
    ['/feed.xml/', '/feed.xml'],
    ['/en/feed.xml/', '/en/feed.xml'],
  ] as const) {
    test(`${from} answers 308 to ${to}`, async ({ request }) => {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status()).toBe(308);
      expect(new URL(response.headers().location!, 'http://x').pathname).toBe(to);
    });
  }

  test('language never depends on Accept-Language or cookies', async ({ request }) => {
    const plain = await request.get('/privacy/', { maxRedirects: 0 });
    const english = await request.get('/privacy/', {
      maxRedirects: 0,
      headers: { 'accept-language': 'en-US,en;q=0.9', cookie: 'NEXT_LOCALE=en' },
    });
    expect(english.status()).toBe(200);
    expect(await english.text()).toBe(await plain.text());
    const chinese = await request.get('/en/privacy/', {
      maxRedirects: 0,
      headers: { 'accept-language': 'zh-CN,zh;q=0.9' },
    });
    expect(chinese.status()).toBe(200);
    expect(await chinese.text()).toContain('<html lang="en"');
  });

  for (const path of [
    '/nope/',
    '/en/nope/',
    '/en/privacy/extra/',
    '/fr/privacy/',
    '/privacy/a/b/c/',
  ]) {
    test(`${path} is a 404 page that is not indexed`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(404);
      // Both servers send the page in the URL's language only.
      const html = await response.text();
      const [english, chinese] = ['We can’t find that page', '找不到您要访问的页面'];
      const [own, other] = path.startsWith('/en/') ? [english, chinese] : [chinese, english];
      expect(html).toContain(own);
      expect(html).not.toContain(other);
      expect(html).toMatch(/<meta name="robots" content="noindex/);
      expect(response.headers()['set-cookie']).toBeUndefined();
    });
  }
});

/** The prerendered HTML file of a page, wherever this version of Next.js keeps it. */
function prerendered(locale: string, doc: string): string {
  const suffix = path.join(locale, `${doc}.html`);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
    );
  const found = walk('.next/server').filter((f) => f.endsWith(path.sep + suffix));
  expect(found, suffix).toHaveLength(1);
  return readFileSync(found[0]!, 'utf8');
}

test.describe('prerendering', () => {
  test.skip(!!process.env.BASE_URL, 'compares with the build output of next start');
  for (const doc of documents()) {
    for (const locale of LOCALES) {
      test(`${pagePath(locale, doc)} is served byte for byte from the build`, async ({
        request,
      }) => {
        const response = await request.get(pagePath(locale, doc));
        // The prerendered file itself, and none of the framework's own headers with it.
        expect(await response.text()).toBe(prerendered(locale, doc));
        expect(Object.keys(response.headers()).filter((h) => /^x-next/.test(h))).toEqual([]);
      });
    }
  }
});
