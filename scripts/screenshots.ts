// Takes screenshots of pages in both languages at phone, tablet and desktop widths, in light
// and dark colours, for people to look at (FULL=1 for whole pages). Usage: npm run screenshots (server must be running on BASE_URL).
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { chromiumLaunch } from '../tests/support/chromium';

const baseURL = process.env.BASE_URL ?? 'http://127.0.0.1:3100';
const paths = (process.env.PATHS ?? '/,/en/,/privacy/,/en/privacy/,/en/nope/').split(',');
const widths = (process.env.WIDTHS ?? '320,768,1280').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',') as ('light' | 'dark')[];
const outDir = 'tests/screenshots';

async function main() {
  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch(chromiumLaunch);
  for (const colorScheme of schemes) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      for (const path of paths) {
        await page.goto(baseURL + path);
        const name = `${path.replace(/\//g, '_') || 'root'}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: `${outDir}/${name}`, fullPage: process.env.FULL === '1' });
        console.log(`${outDir}/${name}`);
      }
      await page.close();
    }
  }
  await browser.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
