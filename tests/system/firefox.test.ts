// The second engine: the document, header/footer, routing and reading checks that depend on
// the browser, in Debian's Firefox ESR over WebDriver BiDi (tests/support/firefox.ts), against
// BASE_URL. Run by scripts/test.sh against the export under nginx:
//   PORT=3170 npx tsx scripts/serve-static.ts npx vitest run --config vitest.system.config.mts tests/system/firefox.test.ts
// Every page also has to load without a console error, an uncaught exception or a CSP report.
// The text size is checked at 320 and 1280 px in both languages: every size enlarges headings
// and text alike (each text's size follows the root's).
import assert from 'node:assert/strict';
import { afterAll as after, beforeAll as before, describe, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import {
  documents,
  frontmatterField,
  headings,
  LOCALES,
  measureTextSizes,
  messages,
  pagePath,
  unscaledTexts,
  type TextSize,
} from '../e2e/helpers';
import { BASE_URL, launchFirefox } from '../support/firefox';

let browser: Browser;
let noScript: Browser;
const problems: string[] = [];

before(async () => {
  [browser, noScript] = await Promise.all([
    launchFirefox(),
    launchFirefox({ 'javascript.enabled': false }),
  ]);
});
after(async () => {
  await Promise.all([browser?.close(), noScript?.close()]);
});

async function open(
  path: string,
  { width = 1280, height = 800, from = browser } = {},
): Promise<Page> {
  const page = await from.newPage();
  await page.setViewport({ width, height });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${path}: console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${path}: ${String(e)}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(BASE_URL + path, { waitUntil: 'load' });
  return page;
}

const topOf = (page: Page, id: string) =>
  page.evaluate((i) => document.getElementById(i)!.getBoundingClientRect().top, id);

async function until(check: () => Promise<boolean>, what: string, ms = 3000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('document', () => {
  for (const doc of documents()) {
    for (const locale of LOCALES) {
      it(`${pagePath(locale, doc)}: title, language, one contents entry per heading`, async () => {
        const page = await open(pagePath(locale, doc));
        const facts = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          h1: document.querySelector('h1')!.textContent,
          toc: [...document.querySelectorAll('nav#contents a')].map((a) => a.getAttribute('href')),
        }));
        assert.equal(facts.lang, locale);
        assert.equal(facts.h1, frontmatterField(doc, locale, 'title'));
        assert.deepEqual(
          facts.toc,
          headings(doc, locale).map((h) => `#${h.id}`),
        );
        await page.close();
      });
    }
  }

  for (const locale of LOCALES) {
    it(`${locale}: a deep link lands at once and a contents link lands on its heading`, async () => {
      const page = await open(pagePath(locale, 'privacy') + '#cookies');
      const first = await page.evaluate(() => scrollY);
      const top = await topOf(page, 'cookies');
      assert.ok(first > 1000 && top >= 0 && top < 40, `landed at ${first}, heading at ${top}`);
      await new Promise((r) => setTimeout(r, 300));
      // Still there (a smooth scroll would have moved it hundreds of px): a pixel of rounding.
      assert.ok(Math.abs((await page.evaluate(() => scrollY)) - first) <= 2);
      const last = headings('privacy', locale)
        .filter((h) => h.level === 2)
        .at(-2)!;
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.click(`nav#contents a[href="#${last.id}"]`);
      await until(async () => Math.abs(await topOf(page, last.id)) < 40, `#${last.id} in view`);
      await page.close();
    });
  }

  for (const fragment of [
    '#What About Cookies',
    '#What%20About%20Cookies',
    '#Conditions of Use, Notices, and Revisions',
    '#Mobile',
  ]) {
    it(`without JavaScript, the old fragment ${fragment} lands on its section`, async () => {
      const page = await open('/en/privacy/' + fragment, { from: noScript });
      const landed = await page.evaluate(() => {
        const inView = [...document.querySelectorAll('.legal-document__body :is(h2, h3)')].find(
          (h) => {
            const top = h.getBoundingClientRect().top;
            return top >= -2 && top < 100;
          },
        );
        return inView?.id;
      });
      const expected: Record<string, string> = {
        '#Mobile': 'examples-mobile',
        '#Conditions of Use, Notices, and Revisions': 'conditions-notices-revisions',
      };
      assert.equal(landed, expected[fragment] ?? 'cookies');
      await page.close();
    });
  }
});

describe('header and footer', () => {
  for (const locale of LOCALES) {
    it(`${locale} at 320px: the drawer opens, its items line up, Escape closes a menu`, async () => {
      const page = await open(pagePath(locale, 'privacy'), { width: 320, height: 640 });
      const menu = '.site-header__drawer > .disclosure__button';
      await page.click(menu);
      assert.equal(await page.$eval(menu, (b) => b.getAttribute('aria-expanded')), 'true');
      const xs = await page.$$eval(
        '.site-header__nav-list > li > .disclosure > .disclosure__button, .site-header__nav-link, .site-header__utility--in-menu a',
        (items) =>
          items
            .filter((el) => el.getBoundingClientRect().width > 0)
            .map((el) => Math.round(el.getBoundingClientRect().left)),
      );
      assert.ok(xs.length > 5);
      assert.deepEqual([...new Set(xs)], [16]);
      const first = '.site-header__nav-list > li > .disclosure > .disclosure__button';
      await page.click(first);
      assert.equal(await page.$eval(first, (b) => b.getAttribute('aria-expanded')), 'true');
      await page.keyboard.press('Escape');
      assert.equal(await page.$eval(first, (b) => b.getAttribute('aria-expanded')), 'false');
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
      assert.ok(widths[0]! <= widths[1]!, `scrolls sideways: ${widths}`);
      await page.close();
    });
  }

  it('the language switch keeps the section the reader is on', async () => {
    const page = await open('/en/privacy/#security');
    await Promise.all([
      page.waitForNavigation(),
      page.click('.site-header__bar a[hreflang="zh-CN"]'),
    ]);
    assert.equal(new URL(page.url()).pathname + new URL(page.url()).hash, '/privacy/#security');
    await page.close();
  });
});

describe('routing', () => {
  for (const [from, to] of [
    ['/en/privacy', '/en/privacy/'],
    ['/zh-CN/privacy/', '/privacy/'],
    ['/privacy', '/privacy/'],
  ] as const) {
    it(`${from} ends at ${to}`, async () => {
      const page = await open(from);
      assert.equal(new URL(page.url()).pathname, to);
      await page.close();
    });
  }

  for (const [path, locale] of [
    ['/no-such-page/', 'zh-CN'],
    ['/en/no-such-page/', 'en'],
  ] as const) {
    it(`${path} shows the 404 page in ${locale} only`, async () => {
      const page = await open(path);
      const shown = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        h1: [...document.querySelectorAll('h1')]
          .filter((h) => h.getBoundingClientRect().height > 0)
          .map((h) => h.textContent),
      }));
      assert.equal(shown.lang, locale);
      assert.deepEqual(shown.h1, [messages(locale).notFound!.title]);
      await page.close();
    });
  }
});

describe('reading', () => {
  it('the contents list marks the section being read, and the mark changes no size', async () => {
    const page = await open('/en/privacy/', { width: 378, height: 800 });
    const sections = headings('privacy', 'en');
    for (const index of [3, 7]) {
      const id = sections[index]!.id;
      await page.evaluate((i) => document.getElementById(i)!.scrollIntoView(), id);
      await until(
        () =>
          page.evaluate(
            (i) =>
              document
                .querySelector('nav#contents a[aria-current="true"]')
                ?.getAttribute('href') === `#${i}`,
            id,
          ),
        `#${id} marked`,
      );
    }
    const changed = await page.$eval('nav#contents', (toc) => {
      const moved: string[] = [];
      const height = toc.getBoundingClientRect().height;
      for (const a of toc.querySelectorAll('a[href^="#"]')) {
        const before = a.getBoundingClientRect();
        a.setAttribute('aria-current', 'true');
        const after = a.getBoundingClientRect();
        if (before.width !== after.width || before.height !== after.height)
          moved.push(a.textContent!);
        if (toc.getBoundingClientRect().height !== height) moved.push(`list: ${a.textContent}`);
        a.removeAttribute('aria-current');
      }
      return moved;
    });
    assert.deepEqual(changed, []);
    await page.close();
  });

  for (const locale of LOCALES) {
    it(`${locale}: the text size is chosen from the keyboard, remembered, fits at 320px`, async () => {
      const t = messages(locale).site!.textSize as unknown as Record<string, string>;
      const page = await open(pagePath(locale, 'privacy'), { width: 320, height: 640 });
      const label = await page.$eval('[data-text-size-control]', (g) =>
        g.getAttribute('aria-label'),
      );
      assert.equal(label, t.label);
      await page.focus('[data-text-size-control] button[data-size="largest"]');
      await page.keyboard.press('Enter');
      const size = () =>
        page.evaluate(() => ({
          attr: document.documentElement.getAttribute('data-text-size'),
          px: getComputedStyle(document.documentElement).fontSize,
        }));
      assert.deepEqual(await size(), { attr: 'largest', px: '24px' });
      await page.reload({ waitUntil: 'load' });
      assert.deepEqual(await size(), { attr: 'largest', px: '24px' });
      assert.equal((await page.cookies()).length, 0);
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
      assert.ok(widths[0]! <= widths[1]!, `scrolls sideways: ${widths}`);
      await page.evaluate(() => localStorage.removeItem('text-size'));
      await page.close();
    });
  }
});

describe('text size at phone and desktop widths', () => {
  // Every text follows each choice: its size is its standard size times the root's (20/16,
  // 24/16), headings included, and nothing scrolls sideways.
  for (const locale of LOCALES) {
    for (const width of [320, 1280]) {
      for (const doc of ['', 'privacy']) {
        it(`${pagePath(locale, doc)} at ${width}px: every size enlarges headings and text`, async () => {
          const page = await open(pagePath(locale, doc), { width, height: 800 });
          const measured: { root: number; texts: TextSize[] }[] = [];
          for (const size of ['standard', 'large', 'largest']) {
            await page.focus(`[data-text-size-control] button[data-size="${size}"]`);
            await page.keyboard.press('Enter');
            const pressed = await page.$eval(
              `[data-text-size-control] button[data-size="${size}"]`,
              (b) => b.getAttribute('aria-pressed'),
            );
            assert.equal(pressed, 'true', size);
            const widths = await page.evaluate(() => [
              document.documentElement.scrollWidth,
              innerWidth,
            ]);
            assert.ok(widths[0]! <= widths[1]!, `${size}: scrolls sideways: ${widths}`);
            measured.push({
              root: await page.evaluate(() =>
                parseFloat(getComputedStyle(document.documentElement).fontSize),
              ),
              texts: await page.evaluate(measureTextSizes),
            });
          }
          assert.deepEqual(
            measured.map((m) => m.root),
            [16, 20, 24],
          );
          assert.ok(measured[0]!.texts.some((x) => x.name === 'h1.'));
          for (const chosen of measured.slice(1)) {
            assert.deepEqual(unscaledTexts(measured[0]!, chosen), [], `at ${chosen.root}px root`);
          }
          await page.evaluate(() => localStorage.removeItem('text-size'));
          await page.close();
        });
      }
    }
  }
});

describe('every page above', () => {
  it('had no console error, exception or CSP violation', () => {
    assert.deepEqual(problems, []);
  });
});
