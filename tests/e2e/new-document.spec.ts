// Adding a document is adding a folder: this builds a copy of the site whose content/ holds the
// folders of tests/fixtures/content/new-document/ and no other change, serves it, and checks the
// documents are published at their URLs, on the hubs and in the sitemap. One of them (markup/)
// has a title and description that try to inject markup, which must be escaped everywhere.
import { readFileSync } from 'node:fs';
import { appendFile, cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startProductionServer, type RunningServer } from '../../scripts/lib/production-server';
import { buildProject, copyProject } from '../../scripts/lib/project-copy';
import { documents, messages } from './helpers';

const PORT = Number(process.env.PORT ?? 3100) + 1;
const ORIGIN = `http://127.0.0.1:${PORT}`;
// The copy is also built for another public origin, to show SITE_URL alone decides every URL.
const OTHER_ORIGIN = 'https://legal.example.cn';
const FIXTURES = 'tests/fixtures/content/new-document';
test.describe.configure({ mode: 'serial', timeout: 240_000 });
test.skip(!!process.env.BASE_URL, 'builds its own copy of the site; needs no running server');

let dir = '';
let server: RunningServer | undefined;
const build = () => buildProject(dir, { SITE_URL: OTHER_ORIGIN });

test.beforeAll(async () => {
  // A whole build, run beside the other browser tests on two cores.
  test.setTimeout(240_000);
  dir = await copyProject('site-with-fixtures-');
  await cp(FIXTURES, path.join(dir, 'content'), { recursive: true });
  await build();
  server = await startProductionServer(PORT, dir);
});

test.afterAll(async () => {
  server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('the new folder is published in both languages with its own contents list', async ({
  page,
}) => {
  await page.goto(`${ORIGIN}/annex/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('h1')).toHaveText('测试附件');
  await expect(page.locator('.toc a')).toHaveText(['第一部分']);
  await expect(page.getByRole('link', { name: '隐私政策' })).toHaveAttribute(
    'href',
    '/privacy/#cookies',
  );
  await page.locator('.site-header .language-switcher a[hreflang="en"]').click();
  await expect(page).toHaveURL(`${ORIGIN}/en/annex/`);
  await expect(page.locator('h1')).toHaveText('Fixture Annex');
  await expect(page.getByRole('link', { name: 'Privacy Policy' })).toHaveAttribute(
    'href',
    '/en/privacy/#cookies',
  );
});

test('the hub lists it beside the published documents', async ({ page }) => {
  for (const [hub, title, href] of [
    ['/', '测试附件', '/annex/'],
    ['/en/', 'Fixture Annex', '/en/annex/'],
  ] as const) {
    await page.goto(ORIGIN + hub);
    await expect(page.locator('#main .document-list > li')).toHaveCount(documents().length + 2);
    await expect(page.locator('#main').getByRole('link', { name: title })).toHaveAttribute(
      'href',
      href,
    );
  }
});

for (const [url, locale] of [
  ['/en/markup/', 'en'],
  ['/markup/', 'zh-CN'],
] as const) {
  test(`${url}: markup in the title and description is shown as text, never run`, async ({
    page,
  }) => {
    const source = readFileSync(path.join(FIXTURES, 'markup', `${locale}.mdx`), 'utf8');
    const field = (name: string): string =>
      JSON.parse(new RegExp(`^${name}: (.+)$`, 'm').exec(source)![1]!);
    const title = field('title');
    const description = field('description');
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(ORIGIN + url);
    await expect(page.locator('h1')).toHaveText(title);
    expect(await page.title()).toBe(`${title} | ${messages(locale).site!.name}`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', description);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '',
    );
    expect(jsonLd).toMatchObject({ name: title, description });
    await expect(page.locator('script')).toHaveCount(2); // site.js and the JSON-LD, nothing else
    await page.goto(ORIGIN + (locale === 'en' ? '/en/' : '/'));
    await expect(page.locator('#main').getByRole('link', { name: title })).toBeVisible();
    expect(dialogs).toEqual([]);
  });
}

test('it is in the sitemap, and SITE_URL decides every absolute URL', async ({ page, request }) => {
  const sitemap = await (await request.get(`${ORIGIN}/sitemap.xml`)).text();
  expect(sitemap).toContain(`<loc>${OTHER_ORIGIN}/annex/</loc>`);
  expect(sitemap).toContain(`<loc>${OTHER_ORIGIN}/en/annex/</loc>`);
  expect(sitemap).not.toContain('amazonaws.cn/annex');
  const robots = await (await request.get(`${ORIGIN}/robots.txt`)).text();
  expect(robots).toContain(`Sitemap: ${OTHER_ORIGIN}/sitemap.xml`);
  await page.goto(`${ORIGIN}/en/annex/`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${OTHER_ORIGIN}/en/annex/`,
  );
  await expect(page.locator('link[hreflang="x-default"]')).toHaveAttribute(
    'href',
    `${OTHER_ORIGIN}/annex/`,
  );
});

test('the published site is untouched: the fixture is not in content/', async ({ request }) => {
  expect(documents()).not.toContain('annex');
  expect(documents()).not.toContain('markup');
  const response = await request.get('/annex/', { maxRedirects: 0 });
  expect(response.status()).toBe(404);
});

test('a broken link added to it stops `next build` with the file, line and hint', async () => {
  server?.stop();
  server = undefined;
  await appendFile(path.join(dir, 'content/annex/en.mdx'), '\nSee [the annex](/en/annex/).\n');
  const failure = (await build().catch((e: unknown) => e)) as { code?: number; stderr?: string };
  expect(failure.code).toBe(1);
  expect(failure.stderr).toContain(
    'content/annex/en.mdx:11:5  link "/en/annex/" names the language "en"\n    hint: write it without the language, as "/annex/"',
  );
});
