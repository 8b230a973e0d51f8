// What crawlers and link previews read: the sitemap, robots.txt, and every page's head in the
// production build — absolute, reciprocal language alternates, canonical URLs, titles,
// descriptions, Open Graph and Twitter tags, JSON-LD — and that no request header changes a URL.
import { expect, test, type Page } from '@playwright/test';
import {
  abs,
  allPages,
  changedOn,
  documents,
  frontmatterField,
  historyPages,
  LOCALES,
  messages,
  pagePath,
  rawRequest,
  type Locale,
} from './helpers';

const alternatesOf = (doc: string) => ({
  'zh-CN': abs(pagePath('zh-CN', doc)),
  en: abs(pagePath('en', doc)),
  'x-default': abs(pagePath('zh-CN', doc)),
});

type Head = {
  title: string;
  meta: Record<string, string>;
  canonical: string[];
  alternates: Record<string, string>;
  icons: string[];
  feeds: string[];
  jsonLd: unknown[];
};

/** Parses a page's HTML as a crawler receives it (no JavaScript) with the browser's parser. */
async function headOf(page: Page, html: string): Promise<Head> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const meta: Record<string, string> = {};
    for (const m of doc.querySelectorAll('meta[name], meta[property]')) {
      const key = m.getAttribute('name') ?? m.getAttribute('property') ?? '';
      meta[key] = m.getAttribute('content') ?? '';
    }
    const alternates: Record<string, string> = {};
    for (const l of doc.querySelectorAll('link[rel="alternate"][hreflang]')) {
      alternates[l.getAttribute('hreflang') ?? ''] = l.getAttribute('href') ?? '';
    }
    return {
      title: doc.title,
      meta,
      canonical: [...doc.querySelectorAll('link[rel="canonical"]')].map(
        (l) => l.getAttribute('href') ?? '',
      ),
      alternates,
      icons: [...doc.querySelectorAll('link[rel="icon"], link[rel="apple-touch-icon"]')].map(
        (l) => l.getAttribute('href') ?? '',
      ),
      feeds: [...doc.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')].map(
        (l) => `${l.getAttribute('title')} ${l.getAttribute('href')}`,
      ),
      jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) =>
        JSON.parse(s.textContent ?? ''),
      ),
    };
  }, html);
}

function expected(locale: Locale, doc: string) {
  const text = messages(locale);
  const siteName = text.site!.name!;
  if (!doc) {
    return { siteName, title: text.hub!.title!, description: text.hub!.intro! };
  }
  return {
    siteName,
    title: frontmatterField(doc, locale, 'title'),
    description: frontmatterField(doc, locale, 'description'),
  };
}

test.describe('sitemap.xml', () => {
  test('lists every page once per language with lastmod and reciprocal alternates', async ({
    page,
    request,
  }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('xml');
    const entries = await page.evaluate(
      (xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        if (doc.querySelector('parsererror')) throw new Error('sitemap.xml is not well-formed XML');
        return [...doc.getElementsByTagName('url')].map((url) => ({
          loc: url.getElementsByTagName('loc')[0]?.textContent ?? '',
          lastmod: url.getElementsByTagName('lastmod')[0]?.textContent ?? '',
          alternates: Object.fromEntries(
            [...url.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map((l) => [
              l.getAttribute('hreflang'),
              l.getAttribute('href'),
            ]),
          ),
        }));
      },
      await response.text(),
    );

    const pages = allPages();
    const others = historyPages().filter((p) => p.listed);
    expect(entries.map((e) => e.loc).sort()).toEqual(
      [...pages, ...others].map((p) => abs(p.path)).sort(),
    );
    for (const { key, path, lastmod } of others) {
      const entry = entries.find((e) => e.loc === abs(path))!;
      expect(entry.lastmod, path).toBe(lastmod);
      expect(entry.alternates, path).toEqual(alternatesOf(key));
    }
    // The last day the site changed what a page shows: the records' days, never a text's own.
    const shownChanged = (doc: string) =>
      changedOn(doc, frontmatterField(doc, 'en', 'lastUpdated'));
    const newest = documents().map(shownChanged).sort().at(-1);
    for (const { doc, path } of pages) {
      const entry = entries.find((e) => e.loc === abs(path))!;
      expect(entry.lastmod, path).toBe(doc ? shownChanged(doc) : newest);
      expect(entry.alternates, path).toEqual(alternatesOf(doc));
      // Reciprocal: every alternate is itself an entry that lists this URL back.
      for (const href of Object.values(entry.alternates)) {
        const other = entries.find((e) => e.loc === href);
        expect(other, `${href} listed by ${path}`).toBeDefined();
        expect(Object.values(other!.alternates)).toContain(entry.loc);
      }
    }
  });
});

test('robots.txt allows crawling and names the sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/^User-Agent: \*$/m);
  expect(text).toMatch(/^Allow: \/$/m);
  expect(text).not.toMatch(/^Disallow: \/\S/m);
  expect(text).toContain(`Sitemap: ${abs('/sitemap.xml')}`);
});

for (const { locale, doc, path } of allPages()) {
  test(`${path} has a canonical URL, alternates, title, social tags and JSON-LD`, async ({
    page,
    request,
  }) => {
    const head = await headOf(page, await (await request.get(path)).text());
    const { siteName, title, description } = expected(locale, doc);
    const url = abs(path);

    expect(head.title).toBe(`${title} | ${siteName}`);
    expect(head.meta.description).toBe(description);
    expect(head.canonical).toEqual([url]);
    expect(head.alternates).toEqual(alternatesOf(doc));
    expect(head.meta.robots).toBeUndefined();
    expect(head.feeds).toEqual([
      `${messages(locale).feed!.title} ${abs(locale === 'en' ? '/en/feed.xml' : '/feed.xml')}`,
    ]);

    expect(head.meta['og:title']).toBe(title);
    expect(head.meta['og:description']).toBe(description);
    expect(head.meta['og:url']).toBe(url);
    expect(head.meta['og:site_name']).toBe(siteName);
    expect(head.meta['og:locale']).toBe(locale === 'en' ? 'en_US' : 'zh_CN');
    expect(head.meta['og:image']).toBe(abs('/share.png'));
    expect(head.meta['twitter:card']).toBe('summary_large_image');
    expect(head.meta['twitter:title']).toBe(title);

    expect(head.jsonLd).toHaveLength(1);
    expect(head.jsonLd[0]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': doc ? 'WebPage' : 'CollectionPage',
      url,
      name: title,
      description,
      inLanguage: locale,
      dateModified: doc
        ? frontmatterField(doc, locale, 'lastUpdated')
        : expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      publisher: { '@type': 'Organization', name: messages(locale).publisher!.name },
    });
  });
}

test('the favicon and app icons are served and linked from every page', async ({
  page,
  request,
}) => {
  const head = await headOf(page, await (await request.get('/en/')).text());
  expect(head.icons).toHaveLength(3);
  for (const href of [...head.icons, '/favicon.ico']) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()['content-type'], href).toMatch(/^image\//);
  }
  expect((await request.get('/share.png')).headers()['content-type']).toBe('image/png');
});

test('the 404 page is not indexed and has no canonical URL', async ({ page, request }) => {
  const response = await request.get('/en/no-such-document/');
  expect(response.status()).toBe(404);
  const head = await headOf(page, await response.text());
  expect(head.meta.robots).toMatch(/noindex/);
  expect(head.canonical).toEqual([]);
});

test('a spoofed Host or X-Forwarded-Host changes no URL in any page, header or redirect', async () => {
  const spoof = {
    Host: 'evil.example',
    'X-Forwarded-Host': 'evil.example',
    'X-Forwarded-Proto': 'http',
    Forwarded: 'host=evil.example;proto=http',
  };
  for (const path of [
    ...LOCALES.map((l) => pagePath(l, 'privacy')),
    '/',
    '/sitemap.xml',
    '/robots.txt',
    '/en/privacy',
    '/zh-CN/terms/',
    '/en/no-such-document/',
  ]) {
    const honest = await rawRequest(path);
    const spoofed = await rawRequest(path, { headers: spoof });
    expect(spoofed.status, path).toBe(honest.status);
    expect(spoofed.headers.location, path).toBe(honest.headers.location);
    expect(JSON.stringify(spoofed.headers), path).not.toContain('evil.example');
    expect(spoofed.body, path).not.toContain('evil.example');
    expect(spoofed.body, path).toBe(honest.body);
  }
});
