// Effective dates and advance notice: a copy of the site with the folders of
// tests/fixtures/content/effective-dates/ is built for a day (BUILD_DATE) before an announced
// version takes effect, then again for the day it does. "transfers" has an archived version, a
// version in force and one announced; "schedule" is published before its first version takes
// effect. The dates are years ahead, so the real content (dated before them) passes its checks.
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startProductionServer, type RunningServer } from '../support/production-server';
import { buildProject, copyProject, TEST_BUILD } from '../support/project-copy';
import { expectNoViolations } from './helpers';

const PORT = Number(process.env.PORT ?? 3100) + 2;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SITE = 'https://legal.example.cn';
const FIXTURES = 'tests/fixtures/content/effective-dates';
const BEFORE = '2029-12-15';
const ON_THE_DAY = '2030-01-01';
test.describe.configure({ mode: 'serial', timeout: 240_000 });
test.skip(!!process.env.BASE_URL, 'builds its own copy of the site; needs no running server');

let dir = '';
let server: RunningServer | undefined;

/** Builds the copy for `day` and serves it. */
async function buildFor(day: string) {
  server?.stop();
  server = undefined;
  await buildProject(dir, { ...TEST_BUILD, SITE_URL: SITE, BUILD_DATE: day });
  server = await startProductionServer(PORT, dir);
}

async function dates(page: Page) {
  const header = page.locator('.legal-document__header .document-dates');
  return {
    text: await header.innerText(),
    published: await header.locator('.document-dates__published time').getAttribute('datetime'),
    effective: await header.locator('.document-dates__effective time').getAttribute('datetime'),
  };
}

async function jsonLd(page: Page) {
  return JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
}

/** Each feed entry's id with its dates and summary, parsed as a feed reader would. */
async function feedEntries(page: Page, url: string) {
  const xml = await (await page.request.get(ORIGIN + url)).text();
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) throw new Error('the feed is not XML');
    const child = (e: Element, ns: string, name: string) =>
      e.getElementsByTagNameNS(ns, name)[0]?.textContent ?? null;
    const atom = 'http://www.w3.org/2005/Atom';
    return [...doc.getElementsByTagNameNS(atom, 'entry')].map((e) => ({
      id: child(e, atom, 'id'),
      updated: child(e, atom, 'updated'),
      published: child(e, atom, 'published'),
      valid: child(e, 'http://purl.org/dc/terms/', 'valid'),
      summary: child(e, atom, 'summary'),
    }));
  }, xml);
}

test.beforeAll(async () => {
  // A whole build, as in new-document.spec.ts: beside the other browser tests on two cores, on a
  // machine other builds may share (at a load average near 20, one took over four minutes).
  test.setTimeout(480_000);
  dir = await copyProject('site-with-effective-dates-');
  await cp(FIXTURES, path.join(dir, 'content'), { recursive: true });
  await buildFor(BEFORE);
});

test.afterAll(async () => {
  server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test.describe(`built on ${BEFORE}, before the announced version takes effect`, () => {
  test('the Chinese document shows the version in force and opens with the advance notice', async ({
    page,
  }) => {
    await page.goto(`${ORIGIN}/transfers/`);
    await expect(page.locator('h1')).toHaveText('数据传输说明');
    // The text in force (2029-06-01), not the announced one.
    await expect(page.locator('.legal-document__body')).toContainText('备份存储于宁夏。');
    await expect(page.locator('.legal-document__body')).not.toContainText('索取副本');
    expect(await dates(page)).toEqual({
      text: expect.stringMatching(/^发布日期：2029年6月1日\s+生效日期：2029年7月1日$/),
      published: '2029-06-01',
      effective: '2029-07-01',
    });
    const notice = page.locator('.legal-document__notices .notice');
    await expect(notice).toHaveCount(1);
    await expect(notice.locator('p')).toHaveText(
      '本文件的更新版本已于2029年12月1日发布，将于2030年1月1日起生效；在此之前，以下版本继续有效。' +
        '备份不再存储于北京以外的地点，并增加关于索取副本的一节。',
    );
    await expect(notice.getByRole('link', { name: '阅读更新版本' })).toHaveAttribute(
      'href',
      '/transfers/2029-12-01/',
    );
    await notice.getByRole('link', { name: '查看修改内容' }).click();
    await expect(page).toHaveURL(`${ORIGIN}/transfers/2029-12-01/changes/`);
    await expect(page.locator('#copy ~ p ins').first()).toBeVisible();
  });

  test('the English document says the same in English, and its JSON-LD carries both dates', async ({
    page,
  }) => {
    await page.goto(`${ORIGIN}/en/transfers/`);
    expect((await dates(page)).text).toMatch(/^Published: June 1, 2029\s+Effective: July 1, 2029$/);
    const notice = page.locator('.legal-document__notices .notice');
    await expect(notice.locator('p')).toHaveText(
      'An updated version of this document, published on December 1, 2029, takes effect on ' +
        'January 1, 2030. Until then, the version below remains in force. Backups are no longer ' +
        'kept outside Beijing, and a section on requests for a copy is added.',
    );
    await expect(notice.getByRole('link', { name: 'Read the updated version' })).toHaveAttribute(
      'href',
      '/en/transfers/2029-12-01/',
    );
    await expect(notice.getByRole('link', { name: 'See what will change' })).toHaveAttribute(
      'href',
      '/en/transfers/2029-12-01/changes/',
    );
    expect(await jsonLd(page)).toMatchObject({
      dateModified: '2029-06-01',
      datePublished: '2029-06-01',
      temporalCoverage: '2029-07-01/2030-01-01',
    });
    await expectNoViolations(page, '/en/transfers/');
  });

  test('the announced version has its own page, which says it is not yet in force', async ({
    page,
  }) => {
    await page.goto(`${ORIGIN}/en/transfers/2029-12-01/`);
    await expect(page.locator('.legal-document__body')).toContainText('Asking for a Copy');
    await expect(page.locator('.legal-document__notices .notice p')).toHaveText(
      'This is the version of December 1, 2029. It is not yet in force: it takes effect on ' +
        'January 1, 2030. Until then, the version of June 1, 2029 remains in force.',
    );
    expect(await dates(page)).toMatchObject({ published: '2029-12-01', effective: '2030-01-01' });
    // Not the document's text yet: it is its own canonical page.
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${SITE}/en/transfers/2029-12-01/`,
    );
    expect(await jsonLd(page)).toMatchObject({ temporalCoverage: '2030-01-01/..' });
    await expect(page.getByRole('link', { name: 'See what will change' })).toHaveAttribute(
      'href',
      '/en/transfers/2029-12-01/changes/',
    );
    await page.goto(`${ORIGIN}/transfers/2029-12-01/`);
    await expect(page.locator('.legal-document__notices .notice p')).toHaveText(
      '此为2029年12月1日版本，尚未生效，将于2030年1月1日起生效；在此之前，2029年6月1日版本继续有效。',
    );
    await page.getByRole('link', { name: '阅读现行版本' }).click();
    await expect(page).toHaveURL(`${ORIGIN}/transfers/`);
    await expectNoViolations(page, '/transfers/');
  });

  test('the version in force names the document as canonical; the history marks each', async ({
    page,
  }) => {
    await page.goto(`${ORIGIN}/transfers/2029-06-01/`);
    await expect(page.locator('.legal-document__notices .notice p')).toContainText(
      '即现行有效的版本',
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${SITE}/transfers/`,
    );
    await page.goto(`${ORIGIN}/transfers/history/`);
    const items = page.locator('.version-history > li');
    await expect(items.locator('h2 time')).toHaveText([
      '2029年12月1日版本',
      '2029年6月1日版本',
      '2028年3月1日版本',
    ]);
    await expect(items.nth(0).locator('.version-history__announced')).toHaveText(
      '将于2030年1月1日生效',
    );
    await expect(items.nth(1).locator('.version-history__in-force')).toHaveText('现行有效');
    await expect(items.locator('.version-history__in-force')).toHaveCount(1);
    await expect(items.nth(1).locator('.document-dates')).toHaveText(
      /^发布日期：2029年6月1日\s+生效日期：2029年7月1日$/,
    );
    await page.goto(`${ORIGIN}/en/transfers/history/`);
    await expect(items.nth(0).locator('.version-history__announced')).toHaveText(
      'Takes effect on January 1, 2030',
    );
    await expect(items.nth(0).locator('.document-dates__effective')).toHaveText(
      'Effective: January 1, 2030',
    );
    await expectNoViolations(page, '/en/transfers/history/');
  });

  test('a document whose first version is still ahead says so, with no version in force', async ({
    page,
  }) => {
    await page.goto(`${ORIGIN}/schedule/`);
    await expect(page.locator('.legal-document__body')).toContainText('支持服务于工作日');
    const notice = page.locator('.legal-document__notices .notice');
    await expect(notice.locator('p')).toHaveText(
      '本文件于2029年12月10日发布，将于2030年2月1日起生效，目前尚未生效。',
    );
    await expect(notice.locator('a')).toHaveCount(0);
    await page.goto(`${ORIGIN}/en/schedule/2029-12-10/`);
    await expect(page.locator('.legal-document__notices .notice p')).toHaveText(
      'This is the version of December 10, 2029. It is not yet in force: it takes effect on February 1, 2030.',
    );
    await expect(page.getByRole('link', { name: 'Read the version in force' })).toHaveCount(0);
  });

  test('the feed has an entry for the announced version, with both dates', async ({ page }) => {
    const entries = await feedEntries(page, '/en/feed.xml');
    const entry = (date: string) => entries.find((e) => e.id === `${SITE}/en/transfers/${date}/`);
    expect(entry('2029-12-01')).toEqual({
      id: `${SITE}/en/transfers/2029-12-01/`,
      updated: '2029-12-01T00:00:00+08:00',
      published: '2029-12-01T00:00:00+08:00',
      valid: 'start=2030-01-01; scheme=W3C-DTF',
      summary:
        'Backups are no longer kept outside Beijing, and a section on requests for a copy is added. Published on December 1, 2029; takes effect on January 1, 2030.',
    });
    // In force since 2029-07-01: its entry was updated that day.
    expect(entry('2029-06-01')).toMatchObject({
      updated: '2029-07-01T00:00:00+08:00',
      published: '2029-06-01T00:00:00+08:00',
      summary: expect.stringContaining('Published on June 1, 2029; took effect on July 1, 2029.'),
    });
    const zh = await feedEntries(page, '/feed.xml');
    expect(zh.find((e) => e.id === `${SITE}/transfers/2029-12-01/`)?.summary).toBe(
      '备份不再存储于北京以外的地点，并增加关于索取副本的一节。本版本于2029年12月1日发布，将于2030年1月1日起生效。',
    );
    const sitemap = await (await page.request.get(`${ORIGIN}/sitemap.xml`)).text();
    expect(sitemap).toContain(`<loc>${SITE}/transfers/2029-12-01/</loc>`);
    expect(sitemap).not.toContain(`<loc>${SITE}/transfers/2029-06-01/</loc>`);
  });
});

test.describe(`built on ${ON_THE_DAY}, the day it takes effect`, () => {
  test.beforeAll(async () => {
    test.setTimeout(480_000);
    await buildFor(ON_THE_DAY);
  });

  test('the announced version is now in force and the advance notice is gone', async ({ page }) => {
    await page.goto(`${ORIGIN}/transfers/`);
    await expect(page.locator('.legal-document__body')).toContainText(
      '您可以要求获取我们存储的账户信息的副本。',
    );
    expect(await dates(page)).toMatchObject({ published: '2029-12-01', effective: '2030-01-01' });
    const notice = page.locator('.legal-document__notices .notice');
    await expect(notice).toHaveCount(1);
    await expect(notice).not.toContainText('将于');
    // The notice of a recent change takes its place.
    await expect(notice.locator('p')).toHaveText(
      '本文件的新版本已自2030年1月1日起生效。备份不再存储于北京以外的地点，并增加关于索取副本的一节。',
    );
    await expect(notice.getByRole('link', { name: '查看修改内容' })).toHaveAttribute(
      'href',
      '/transfers/2029-12-01/changes/',
    );
    await page.goto(`${ORIGIN}/en/transfers/`);
    await expect(page.locator('.legal-document__notices .notice p')).toContainText(
      'An updated version of this document took effect on January 1, 2030.',
    );
    expect(await jsonLd(page)).toMatchObject({ temporalCoverage: '2030-01-01/..' });
  });

  test('the version that was in force now says it was replaced, and the history agrees', async ({
    page,
  }) => {
    await page.goto(`${ORIGIN}/en/transfers/2029-06-01/`);
    await expect(page.locator('.legal-document__notices .notice p')).toHaveText(
      'This is the version of June 1, 2029. It is no longer in force: the version of December 1, 2029 replaced it.',
    );
    await page.goto(`${ORIGIN}/en/transfers/2029-12-01/`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${SITE}/en/transfers/`,
    );
    await page.goto(`${ORIGIN}/en/transfers/history/`);
    const items = page.locator('.version-history > li');
    await expect(items.nth(0).locator('.version-history__in-force')).toHaveText('In force');
    await expect(items.locator('.version-history__announced')).toHaveCount(0);
  });

  test('the feed entry is updated on the day, and the sitemap lists the replaced version', async ({
    page,
  }) => {
    const entries = await feedEntries(page, '/en/feed.xml');
    expect(entries[0]).toMatchObject({
      id: `${SITE}/en/transfers/2029-12-01/`,
      updated: '2030-01-01T00:00:00+08:00',
      published: '2029-12-01T00:00:00+08:00',
      summary: expect.stringContaining(
        'Published on December 1, 2029; took effect on January 1, 2030.',
      ),
    });
    const sitemap = await (await page.request.get(`${ORIGIN}/sitemap.xml`)).text();
    expect(sitemap).toContain(`<loc>${SITE}/transfers/2029-06-01/</loc>`);
    expect(sitemap).not.toContain(`<loc>${SITE}/transfers/2029-12-01/</loc>`);
    // The document not yet in force is unchanged until its own day.
    await page.goto(`${ORIGIN}/en/schedule/`);
    await expect(page.locator('.legal-document__notices .notice p')).toHaveText(
      'This document was published on December 10, 2029 and takes effect on February 1, 2030. It is not yet in force.',
    );
  });
});
