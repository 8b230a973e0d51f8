// Adding a document is adding a folder: this builds a copy of the site whose content/ holds the
// folders of tests/fixtures/content/new-document/ and no other change, serves it, and checks the
// documents are published at their URLs, on the hubs and in the sitemap. One of them (markup/)
// has a title and description that try to inject markup, which must be escaped everywhere.
// Another (retention/) has three versions: its history, redlines, update notice and feed entries
// are checked here, since the published documents have one version each.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { appendFile, cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startProductionServer, type RunningServer } from '../support/production-server';
import { buildProject, copyProject, TEST_BUILD } from '../support/project-copy';
import { todayInBeijing } from '../../lib/dates';
import { documents, expectNoViolations, messages } from './helpers';

const PORT = Number(process.env.PORT ?? 3100) + 1;
const ORIGIN = `http://127.0.0.1:${PORT}`;
// The copy is also built for another public origin, to show SITE_URL alone decides every URL.
const OTHER_ORIGIN = 'https://legal.example.cn';
const FIXTURES = 'tests/fixtures/content/new-document';
test.describe.configure({ mode: 'serial', timeout: 240_000 });
test.skip(!!process.env.BASE_URL, 'builds its own copy of the site; needs no running server');

const TODAY = todayInBeijing();
let dir = '';
let server: RunningServer | undefined;
const build = () => buildProject(dir, { ...TEST_BUILD, SITE_URL: OTHER_ORIGIN });

test.beforeAll(async () => {
  // A whole build (the PDFs, then next build), run beside the other browser tests on two
  // cores, on a machine other builds may share.
  test.setTimeout(480_000);
  dir = await copyProject('site-with-fixtures-');
  await cp(FIXTURES, path.join(dir, 'content'), { recursive: true });
  // The retention notice's current text is dated today, so the update notice must show.
  for (const locale of ['en', 'zh-CN']) {
    const file = path.join(dir, 'content', 'retention', `${locale}.mdx`);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/^lastUpdated: .*$/m, `lastUpdated: ${TODAY}`));
  }
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
  await expect(page.locator('.table-of-contents a')).toHaveText(['第一部分']);
  await expect(page.locator('#main').getByRole('link', { name: '隐私政策' })).toHaveAttribute(
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
    await expect(page.locator('#main .hub__documents > li')).toHaveCount(documents().length + 3);
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

test.describe('a document with three versions', () => {
  const VERSIONS = ['2024-01-15', '2025-06-01', TODAY];

  test('its history lists every version, newest first, with the editors’ summaries', async ({
    page,
  }) => {
    await page.goto(`${ORIGIN}/en/retention/history/`);
    const items = page.locator('.version-history > li');
    await expect(items.locator('h2 time')).toHaveText([
      /^Version of .+ \d{4}$/,
      'Version of June 1, 2025',
      'Version of January 15, 2024',
    ]);
    await expect(items.locator('h2 time').first()).toHaveAttribute('datetime', TODAY);
    await expect(items.nth(0).locator('.version-history__in-force')).toHaveText('In force');
    await expect(items.locator('.version-history__in-force')).toHaveCount(1);
    await expect(items.nth(0)).toContainText('Adds the telephone number');
    await expect(items.nth(1)).toContainText('three years after an account is closed');
    await expect(items.nth(2)).toContainText('First version published on this site.');
    // Every version but the first links to its changes.
    await expect(items.getByRole('link', { name: 'See what changed' })).toHaveCount(2);
    await items.nth(2).getByRole('link', { name: 'Read this version' }).click();
    await expect(page).toHaveURL(`${ORIGIN}/en/retention/2024-01-15/`);
  });

  test('an archived version says it is not in force and leads to the current text', async ({
    page,
  }) => {
    await page.goto(`${ORIGIN}/retention/2024-01-15/`);
    await expect(page.locator('.notice')).toContainText(
      '此为2024年1月15日版本，现已失效，已由2025年6月1日版本取代。',
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${OTHER_ORIGIN}/retention/2024-01-15/`,
    );
    await expect(page.locator('#main')).toContainText('备份中的副本将在九十日内被覆盖。');
    await page.getByRole('link', { name: '阅读现行版本' }).click();
    await expect(page).toHaveURL(`${ORIGIN}/retention/`);
  });

  test('the current text opens with a notice of the recent change, linked to the redline', async ({
    page,
  }) => {
    await page.goto(`${ORIGIN}/retention/`);
    const notice = page.locator('.notice');
    await expect(notice).toContainText('本文件的新版本已自');
    await expect(notice).toContainText('在我们保留的信息中增加电话号码，并删去关于备份的一节。');
    await notice.getByRole('link', { name: '查看修改内容' }).click();
    await expect(page).toHaveURL(`${ORIGIN}/retention/${TODAY}/changes/`);
    // Documents without an earlier version open without one.
    await page.goto(`${ORIGIN}/en/annex/`);
    await expect(page.locator('.notice')).toHaveCount(0);
  });

  test('the Chinese redline marks characters added and removed, and folds the rest', async ({
    browser,
  }) => {
    // Without JavaScript: the folding is plain <details>.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/retention/${TODAY}/changes/`);
    await expect(page.locator('#main ins')).not.toHaveCount(0);
    await expect(page.locator('#what-we-keep ~ ul ins')).toHaveText(['您的电话号码；']);
    const removed = page.locator('.redline-section[data-change="removed"]');
    await expect(removed.locator('h2')).toHaveAttribute('id', 'backups');
    await expect(removed).toContainText('已删除的章节');
    await expect(removed.locator('p del')).toHaveText('备份中的副本将在九十日内被覆盖。');
    // The contact section names the operator 运营主体 (was 运营者) and gained a sentence on the
    // earlier versions.
    await expect(page.locator('.table-of-contents a')).toHaveText([
      '我们保留的信息',
      '备份',
      '联系我们',
    ]);
    await expect(page.locator('#contact ~ p ins')).toHaveText([
      '主体',
      '以往各版本见历史版本；2024年1月15日版本还包括关于备份的规定。',
    ]);
    await expect(page.locator('.notice')).toContainText(
      '修改 2 节，新增 0 节，删除 1 节，3 节未修改。',
    );
    // Unchanged sections are folded; their text is one click away.
    const folded = page.locator('#how-long ~ details');
    await expect(folded.getByText('在您的账户存续期间')).toBeHidden();
    await folded.locator('summary').click();
    await expect(folded.getByText('在您的账户存续期间')).toBeVisible();
    await context.close();
  });

  test('the English redline marks whole words', async ({ page }) => {
    await page.goto(`${ORIGIN}/en/retention/2025-06-01/changes/`);
    await expect(page.locator('h1')).toHaveText('Retention Notice: changes of June 1, 2025');
    await expect(page.locator('#how-long ~ p ins')).toHaveText(
      ' and for three years after it is closed',
    );
    const added = page.locator('.redline-section[data-change="added"]');
    await expect(added.locator('h2')).toHaveText('Asking for Deletion');
    await expect(added.locator('h2 ins')).toHaveText('Asking for Deletion');
    // Without colour the marks remain: underline and line-through.
    const decoration = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((e) => getComputedStyle(e).textDecorationLine);
    expect(await decoration('#main ins')).toBe('underline');
    // Screen readers hear where each change starts and ends; no one sees the words.
    const cue = (selector: string, pseudo: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((e, p) => {
          const style = getComputedStyle(e, p);
          return { content: style.content, width: style.width };
        }, pseudo);
    expect(await cue('#main ins', '::before')).toEqual({ content: '" [added: "', width: '1px' });
    expect(await cue('#main ins', '::after')).toEqual({ content: '"] "', width: '1px' });
    await page.goto(`${ORIGIN}/en/retention/${TODAY}/changes/`);
    expect(await decoration('#main del')).toBe('line-through');
    expect(await cue('#main del', '::before')).toEqual({ content: '" [removed: "', width: '1px' });
    await page.goto(`${ORIGIN}/retention/${TODAY}/changes/`);
    expect(await cue('#main ins', '::before')).toEqual({ content: '"［新增："', width: '1px' });
  });

  test('any two versions compare from the history, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/en/retention/history/`);
    // The form above the list: any newer version against any older one, sent as plain HTML.
    await page.getByLabel('Newer version').selectOption(TODAY);
    await page.getByLabel('Older version').selectOption('2024-01-15');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page).toHaveURL(`${ORIGIN}/en/retention/${TODAY}/changes/2024-01-15/`);
    await expect(page.locator('h1')).toHaveText(
      /^Retention Notice: changes from January 15, 2024 to .+ \d{4}$/,
    );
    // What each version in between changed, then both changes themselves.
    await expect(page.locator('.redline-page__summaries li')).toHaveText([
      /^Version of June 1, 2025: Account information is now kept for three years/,
      /^Version of .+ \d{4}: Adds the telephone number/,
    ]);
    await expect(page.locator('#how-long ~ p ins')).toHaveText(
      ' and for three years after it is closed',
    );
    await expect(page.locator('.redline-section[data-change="added"] h2').first()).toHaveText(
      'Asking for Deletion',
    );
    await expect(page.locator('.redline-section[data-change="removed"] h2')).toHaveAttribute(
      'id',
      'backups',
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${OTHER_ORIGIN}/en/retention/${TODAY}/changes/2024-01-15/`,
    );
    // Consecutive versions compare too, as the version's changes page does; a reversed pair is
    // no comparison.
    expect((await page.goto(`${ORIGIN}/en/retention/${TODAY}/changes/2025-06-01/`))?.status()).toBe(
      200,
    );
    expect((await page.goto(`${ORIGIN}/en/retention/2024-01-15/changes/${TODAY}/`))?.status()).toBe(
      404,
    );
    await context.close();
  });

  test('every version is in the sitemap and the feed; the one in force only as the document', async ({
    request,
  }) => {
    const sitemap = await (await request.get(`${ORIGIN}/sitemap.xml`)).text();
    for (const date of VERSIONS.slice(0, -1)) {
      expect(sitemap).toContain(`<loc>${OTHER_ORIGIN}/en/retention/${date}/</loc>`);
    }
    for (const date of VERSIONS.slice(1)) {
      expect(sitemap).toContain(`<loc>${OTHER_ORIGIN}/retention/${date}/changes/</loc>`);
    }
    expect(sitemap).not.toContain(`<loc>${OTHER_ORIGIN}/retention/${TODAY}/</loc>`);
    // Comparisons with older versions are derived views: reachable, not listed.
    expect(sitemap).not.toContain(`/retention/${TODAY}/changes/2024-01-15/`);
    expect(sitemap).toContain(`<loc>${OTHER_ORIGIN}/retention/history/</loc>`);
    const feed = await (await request.get(`${ORIGIN}/en/feed.xml`)).text();
    for (const date of VERSIONS) {
      expect(feed).toContain(`<id>${OTHER_ORIGIN}/en/retention/${date}/</id>`);
    }
    expect(feed).toContain(
      `<link rel="related" type="text/html" href="${OTHER_ORIGIN}/en/retention/2025-06-01/changes/"/>`,
    );
    expect(feed).toContain('<summary>Adds the telephone number');
    // Newest first: today's version before every other entry.
    expect(feed.indexOf(`/en/retention/${TODAY}/`)).toBeLessThan(feed.indexOf('/en/annex/'));
  });

  for (const url of [
    '/retention/history/',
    `/retention/${TODAY}/changes/`,
    '/en/retention/2025-06-01/changes/',
    '/en/retention/2024-01-15/',
    '/retention/bilingual/',
    `/retention/${TODAY}/changes/2024-01-15/`,
    '/en/retention/compare/',
  ]) {
    test(`${url} has no axe violation`, async ({ page }) => {
      await page.goto(ORIGIN + url);
      await expectNoViolations(page, url);
    });
  }
});

// Version 2024-01-15 of the retention notice was corrected with `npm run content:erratum`.
test.describe('a corrected version', () => {
  const folder = `${FIXTURES}/retention/versions/2024-01-15`;
  const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
  for (const [prefix, note, corrected] of [
    ['', '更正英文文本“我们保留的信息”一节中“account”一词的拼写错误。', '2026年12月1日更正：'],
    [
      '/en',
      'Corrects the spelling of “account” in “What We Keep”.',
      'Corrected on December 1, 2026: ',
    ],
  ] as const) {
    test(`${prefix}/retention/2024-01-15/ and the history show its corrigendum and checksums`, async ({
      page,
    }) => {
      await page.goto(`${ORIGIN}${prefix}/retention/2024-01-15/`);
      const notice = page.locator('.legal-document__notices .corrigenda-notice');
      await expect(notice.locator('li')).toHaveText(corrected + note);
      await expect(notice.locator('time')).toHaveAttribute('datetime', '2026-12-01');
      // A version that was not corrected says nothing of the kind.
      await page.goto(`${ORIGIN}${prefix}/retention/2025-06-01/`);
      await expect(page.locator('.corrigenda-notice')).toHaveCount(0);

      await page.goto(`${ORIGIN}${prefix}/retention/history/`);
      const entry = page.locator('#v2024-01-15');
      await expect(entry.locator('.corrigenda li')).toHaveText(corrected + note);
      await expect(page.locator('#v2025-06-01 .corrigenda')).toHaveCount(0);
      // The checksums are folded away, and are those of the files as published.
      const checksums = entry.locator('.version-checksums__value');
      await expect(checksums.first()).toBeHidden();
      await entry.locator('.version-checksums summary').click();
      await expect(checksums).toHaveText([
        sha256(`${folder}/zh-CN.mdx`),
        sha256(`${folder}/en.mdx`),
      ]);
      const json = `${prefix}/retention/versions.json`;
      await expect(page.locator('#main a[type="application/json"]')).toHaveAttribute('href', json);
      await expect(page.locator('link[rel="alternate"][type="application/json"]')).toHaveAttribute(
        'href',
        OTHER_ORIGIN + json,
      );
    });
  }

  test('versions.json gives the corrigendum and the checksum the text had before', async ({
    request,
  }) => {
    const response = await request.get(`${ORIGIN}/en/retention/versions.json`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/json');
    const [first] = (await response.json()).versions;
    expect(first.url).toBe(`${OTHER_ORIGIN}/en/retention/2024-01-15/`);
    expect(first.sources[1]).toEqual({
      language: 'en',
      path: 'content/retention/versions/2024-01-15/en.mdx',
      sha256: sha256(`${folder}/en.mdx`),
    });
    expect(first.corrigenda).toEqual([
      {
        date: '2026-12-01',
        note: 'Corrects the spelling of “account” in “What We Keep”.',
        before: [
          {
            path: 'content/retention/versions/2024-01-15/en.mdx',
            sha256: 'f9450f8898e3ba69be4cc76995139c3a50d01dd4eacb7120833e5ba11bbd0668',
          },
        ],
        // The fixture's record says the site published no PDF of it before the correction.
        beforePdf: null,
      },
    ]);
  });
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
    'content/annex/en.mdx:12:5  [internal-links] link "/en/annex/" names the language "en"\n    hint: write it without the language, as "/annex/"',
  );
});
