// The screenshots of a site for comparing two of its builds: every kind of page (both
// languages, 320 and 1280 px, light and dark, and the document printed), taken whole, and two
// folders of them compared pixel by pixel with a diff image of each that differs.
// `npm run screenshots:compare` (scripts/compare-screenshots.ts) is the command.
import { chromium, type Page } from '@playwright/test';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { chromiumLaunch } from './chromium';

export const OUT = 'tests/screenshots/compare';
/** The document with three versions (the published ones have two: no comparison page). */
export const FIXTURE = 'tests/fixtures/content/new-document/retention';
const WIDTHS = [320, 1280];
const SCHEMES = ['light', 'dark'] as const;
const LOCALES = [
  { name: 'zh', prefix: '' },
  { name: 'en', prefix: '/en' },
];
/** One page of each kind; the paths are those of the Chinese page, under /en/ for English. */
const PAGES: Record<string, string> = {
  home: '/',
  document: '/privacy/',
  version: '/terms/2026-11-29/',
  changes: '/terms/2026-12-01/changes/',
  comparison: '/retention/2025-11-20/changes/2024-01-15/',
  history: '/retention/history/',
  bilingual: '/terms/bilingual/',
  'not-found': '/no-such-page/',
};
/** The print rules reach the header, contents list, links and footer: the document has all. */
const PRINTED = 'document';

type Shot = { name: string; url: string; width: number; scheme: 'light' | 'dark'; print: boolean };

function shots(origin: string): Shot[] {
  const list: Shot[] = [];
  for (const { name: locale, prefix } of LOCALES) {
    for (const [kind, pagePath] of Object.entries(PAGES)) {
      const url = origin + prefix + pagePath;
      for (const width of WIDTHS) {
        for (const scheme of SCHEMES) {
          list.push({
            name: `${kind}-${locale}-${width}-${scheme}`,
            url,
            width,
            scheme,
            print: false,
          });
        }
      }
      if (kind === PRINTED) {
        list.push({
          name: `${kind}-${locale}-print`,
          url,
          width: 1280,
          scheme: 'light',
          print: true,
        });
      }
    }
  }
  return list;
}

async function settle(page: Page) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Screenshots every page of `origin` into `dir`; a page that answers wrongly stops the run. */
export async function capture(origin: string, dir: string) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const browser = await chromium.launch(chromiumLaunch);
  try {
    for (const shot of shots(origin)) {
      const context = await browser.newContext({
        viewport: { width: shot.width, height: 900 },
        colorScheme: shot.scheme,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      if (shot.print) await page.emulateMedia({ media: 'print' });
      const response = await page.goto(shot.url, { waitUntil: 'load' });
      const expected = shot.name.startsWith('not-found-') ? 404 : 200;
      if (response?.status() !== expected) {
        throw new Error(
          `${shot.url} answered ${response?.status()}, not ${expected}: serve a build that has the ` +
            `fixture document (${FIXTURE}), or give the checkout's folder instead of its address.`,
        );
      }
      // The stylesheets' move must keep one render-blocking request per page (docs/styles.md).
      const stylesheets = await page.locator('link[rel="stylesheet"]').count();
      if (stylesheets !== 1) {
        throw new Error(
          `${shot.url} links ${stylesheets} stylesheets; every page should link one.`,
        );
      }
      await settle(page);
      // The whole page in one viewport, then a plain screenshot. Playwright's fullPage option
      // resizes the view while it captures, and Chromium then sometimes drew the sticky contents
      // list in a larger type: the same build gave two different pictures in five runs.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: shot.width, height });
      await settle(page);
      await page.screenshot({ path: path.join(dir, `${shot.name}.png`) });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`${origin}: ${shots(origin).length} screenshots in ${dir}`);
}

/** Compares two folders of PNGs; returns the names that differ, with why. */
export async function compare(before: string, after: string) {
  const diffDir = path.join(OUT, 'diff');
  await rm(diffDir, { recursive: true, force: true });
  await mkdir(diffDir, { recursive: true });
  const names = [...new Set([...(await readdir(before)), ...(await readdir(after))])]
    .filter((n) => n.endsWith('.png'))
    .sort();
  const differing: string[] = [];
  for (const name of names) {
    const [beforeFile, afterFile] = await Promise.all(
      [before, after].map((d) => readFile(path.join(d, name)).catch(() => null)),
    );
    if (!beforeFile || !afterFile) {
      differing.push(`${name}: only in ${beforeFile ? before : after}`);
      continue;
    }
    const a = PNG.sync.read(beforeFile);
    const b = PNG.sync.read(afterFile);
    if (a.width !== b.width || a.height !== b.height) {
      differing.push(`${name}: ${a.width}×${a.height} px before, ${b.width}×${b.height} px after`);
      continue;
    }
    if (a.data.equals(b.data)) continue;
    const diff = new PNG({ width: a.width, height: a.height });
    // Threshold 0 and anti-aliased pixels counted: any change of any pixel is a difference.
    const count = pixelmatch(a.data, b.data, diff.data, a.width, a.height, {
      threshold: 0,
      includeAA: true,
    });
    await writeFile(path.join(diffDir, name), PNG.sync.write(diff));
    differing.push(`${name}: ${count} pixels differ (${path.join(diffDir, name)})`);
  }
  return { total: names.length, differing };
}
