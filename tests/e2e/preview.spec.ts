// The editor's preview: `next dev` on a throwaway copy of the site, as the legal team runs it.
// A correct page hydrates without a warning; each mistake an editor makes (a broken link, a stray
// brace, a heading that lost its id, a misspelt frontmatter field) is listed in a panel at the
// top of the page, in the page's language, at its exact place; saving a file updates the open
// page. Nothing here is timed: the figure for CONTENT.md (save to page) is an annotation of the
// report, never an assertion.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { waitUntilServing } from '../support/production-server';
import { copyProject } from '../support/project-copy';

// 4150 when the suite runs with PORT=4100: the range kept for development servers.
const PORT = Number(process.env.PORT ?? 3100) + 50;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PAGES = { 'zh-CN': '/privacy/', en: '/en/privacy/' } as const;
const EN = 'content/privacy/en.mdx';
const ZH = 'content/privacy/zh-CN.mdx';

test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.skip(!!process.env.BASE_URL, 'starts its own development server on a copy of the site');

let dir = '';
let devServer: ChildProcess | undefined;
const originals = new Map<string, string>();

/** Applies an edit to a content file of the copy; the original is restored after each test. */
async function edit(file: string, change: (text: string) => string): Promise<string[]> {
  const full = path.join(dir, file);
  const text = originals.get(file) ?? (await readFile(full, 'utf8'));
  originals.set(file, text);
  const changed = change(text);
  expect(changed).not.toBe(text);
  await writeFile(full, changed);
  return changed.split('\n');
}

/** 1-based line and column of the first occurrence of `needle` in `lines`. */
function placeOf(lines: string[], needle: string): string {
  const index = lines.findIndex((l) => l.includes(needle));
  expect(index).toBeGreaterThan(-1);
  return `${index + 1}:${(lines[index] ?? '').indexOf(needle) + 1}`;
}

/** Opens a page and waits until React has hydrated it (site.js then marks <html> with .js). */
async function open(page: Page, url: string) {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto(url);
  await expect(page.locator('html')).toHaveClass(/\bjs\b/, { timeout: 60_000 });
  return { response, errors };
}

async function expectPanel(page: Page, locale: 'en' | 'zh-CN', items: RegExp[], notShown = false) {
  const { response } = await open(page, `${ORIGIN}${PAGES[locale]}`);
  expect(response?.status()).toBe(200);
  const panel = page.locator('[data-content-problems]');
  await expect(panel).toHaveCount(1);
  await expect(panel.locator('h2')).toHaveText(
    locale === 'en'
      ? new RegExp(`^Content checks: ${items.length} problems? in this document$`)
      : `内容检查：本文档有 ${items.length} 个问题`,
  );
  await expect(panel.locator('li')).toHaveText(items);
  await expect(panel.locator('li .content-problems__hint').first()).toContainText(
    locale === 'en' ? 'Hint:' : '提示：',
  );
  await expect(panel.getByText(locale === 'en' ? 'cannot be shown' : '才能显示')).toHaveCount(
    notShown ? 1 : 0,
  );
  // At the top: before the site's header, whatever the document shows below.
  const [panelBox, headerBox] = [
    await panel.boundingBox(),
    await page.locator('.site-header').boundingBox(),
  ];
  expect(panelBox!.y).toBeLessThan(headerBox!.y);
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dir = await copyProject('site-preview-');
  // Its own process group, so stopping it stops the workers next dev starts.
  devServer = spawn(
    process.execPath,
    [
      path.join('node_modules', 'next', 'dist', 'bin', 'next'),
      'dev',
      '-H',
      '127.0.0.1',
      '-p',
      String(PORT),
    ],
    {
      cwd: dir,
      stdio: 'ignore',
      detached: true,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    },
  );
  await waitUntilServing(ORIGIN, devServer, 'next dev');
});

test.afterEach(async () => {
  for (const [file, text] of originals) await writeFile(path.join(dir, file), text);
  originals.clear();
});

test.afterAll(async () => {
  if (devServer?.pid) process.kill(-devServer.pid);
  // Retried: the stopped server may still be writing its cache for a moment.
  if (dir) await rm(dir, { recursive: true, force: true, maxRetries: 10 });
});

test('a correct page has no panel, no console error and no "Issue" badge, at either address', async ({
  page,
}) => {
  for (const url of [
    `${ORIGIN}/privacy/`,
    `${ORIGIN}/en/privacy/`,
    `http://localhost:${PORT}/en/`,
  ]) {
    const { response, errors } = await open(page, url);
    expect(response?.status()).toBe(200);
    await expect(page.locator('[data-content-problems]')).toHaveCount(0);
    await expect(page.getByText(/\d+ Issues?\b/)).toHaveCount(0);
    expect(errors, url).toEqual([]);
  }
});

test('saving a file updates the open page by itself', async ({ page }) => {
  await open(page, `${ORIGIN}/en/privacy/`);
  await expect(page.locator('[data-content-problems]')).toHaveCount(0);
  const saved = Date.now();
  await edit(EN, (t) => t.replace('we gather.\n', 'we gather. Saved just now.\n'));
  // No reload here: the page asks the preview once a second and reloads itself.
  await expect(page.getByText('Saved just now.')).toBeVisible({ timeout: 60_000 });
  test
    .info()
    .annotations.push({ type: 'save to page (ms)', description: String(Date.now() - saved) });
  // A mistake saved in the open page appears in its panel the same way.
  await edit(EN, (t) => t.replace('we gather.\n', 'we gather. See [x](/no-such-page/).\n'));
  await expect(page.locator('[data-content-problems] li')).toContainText(
    ['leads to no page of this site'],
    {
      timeout: 60_000,
    },
  );
});

test('a broken link is listed at its place, in both languages', async ({ page }) => {
  const lines = await edit(EN, (t) =>
    t.replace('we gather.\n', 'we gather. See [x](/no-such-page/).\n'),
  );
  const place = placeOf(lines, '[x](/no-such-page/)');
  const item = new RegExp(
    `^${EN}:${place} \\[internal-links\\] link "/no-such-page/" leads to no page of this site(Hint|提示)`,
  );
  await expectPanel(page, 'en', [item]);
  await expectPanel(page, 'zh-CN', [item]);
});

test('a stray brace is listed at the brace, instead of a blank page or a stack trace', async ({
  page,
}) => {
  let place = '';
  await edit(ZH, (t) => {
    const lines = t.split('\n');
    const index = lines.findIndex((l, i) => i > 8 && l.length > 100 && !/^[-#]/.test(l));
    lines[index] = `${lines[index]!.slice(0, 8)}{${lines[index]!.slice(8)}`;
    place = `${index + 1}:9`;
    return lines.join('\n');
  });
  const item = new RegExp(
    `^${ZH}:${place} \\[mdx-syntax\\] MDX: Unexpected end of file in expression`,
  );
  await expectPanel(page, 'zh-CN', [item], true);
  await expect(page.locator('.legal-document__body h2')).toHaveCount(0);
  await expectPanel(page, 'en', [item]);
});

test('a heading that lost its id is listed at that heading', async ({ page }) => {
  const lines = await edit(ZH, (t) => t.replace('## 关于 Cookie [#cookies]', '## 关于 Cookie'));
  const enLine = (originals.get(EN) ?? (await readFile(path.join(dir, EN), 'utf8')))
    .split('\n')
    .findIndex((l) => l.endsWith('[#cookies]'));
  const heading = new RegExp(
    `^${ZH}:${placeOf(lines, '## 关于 Cookie')} \\[section-parity\\] heading "关于 Cookie" has no id: ${EN}:${enLine + 1} gives this section the id "cookies"(Hint|提示)[:：] write \\[#cookies\\] at the end of the heading$`,
  );
  // The id also had an old name kept for old links, and the Site Terms link to it.
  const legacy = new RegExp(
    `^${ZH}:${placeOf(lines, 'legacyAnchors').split(':')[0]}:\\d+ \\[unique-ids\\] legacyAnchors names the section "cookies"`,
  );
  await expectPanel(page, 'zh-CN', [legacy, heading]);
  await expect(page.locator('.content-problems__elsewhere')).toHaveText(/^其他文档还有 1 个问题/);
  await expectPanel(page, 'en', [legacy, heading]);
  await expect(page.locator('.content-problems__elsewhere')).toHaveText(
    /^1 more problem in other documents/,
  );
});

test('a misspelt frontmatter field is listed at its line', async ({ page }) => {
  const lines = await edit(EN, (t) => t.replace(/^title:/m, 'titel:'));
  const line = lines.indexOf(lines.find((l) => l.startsWith('titel:'))!) + 1;
  const items = [
    new RegExp(`^${EN}:${line}:1 \\[frontmatter\\] frontmatter field "title" is missing`),
    new RegExp(`^${EN}:${line}:1 \\[frontmatter\\] frontmatter field "titel" is not allowed`),
  ];
  await expectPanel(page, 'en', items, true);
  await expectPanel(page, 'zh-CN', items);
});
