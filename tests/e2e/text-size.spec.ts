// Text size for every reader (MIIT's aging-friendly website guidance): the header's control,
// in both languages, from the keyboard, remembered without a cookie, applied before the first
// paint, and at the largest size nothing overlaps or scrolls sideways on a 320px phone. Without
// JavaScript the control is absent and the page reflows at the browser's zoom.
import { expect, test, type Page } from '@playwright/test';
import {
  expectNoViolations,
  LOCALES,
  measureTextSizes,
  messages,
  pagePath,
  unscaledTexts,
  type TextSize,
} from './helpers';

const SIZES = ['standard', 'large', 'largest'] as const;

function strings(locale: (typeof LOCALES)[number]) {
  return messages(locale).site!.textSize as unknown as Record<string, string>;
}

const rootFontSize = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

for (const locale of LOCALES) {
  test.describe(`text size (${locale})`, () => {
    test('three sizes, labelled, chosen from the keyboard and remembered without a cookie', async ({
      page,
      context,
    }) => {
      const t = strings(locale);
      await page.goto(pagePath(locale, 'privacy'));
      const group = page.getByRole('group', { name: t.label });
      await expect(group).toBeVisible();
      const buttons = group.getByRole('button');
      await expect(buttons).toHaveText(SIZES.map((s) => t[s]!));
      await expect(group.getByRole('button', { name: t.standard, exact: true })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      const sizes: number[] = [await rootFontSize(page)];
      for (const size of ['large', 'largest'] as const) {
        const button = group.getByRole('button', { name: t[size], exact: true });
        await button.focus();
        await page.keyboard.press(size === 'large' ? 'Enter' : 'Space');
        await expect(button).toHaveAttribute('aria-pressed', 'true');
        await expect(page.locator('html')).toHaveAttribute('data-text-size', size);
        sizes.push(await rootFontSize(page));
      }
      expect(sizes).toEqual([16, 20, 24]);
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
      await expect(group.getByRole('button', { name: t.largest, exact: true })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => localStorage.getItem('text-size'))).toBe('largest');
      await group.getByRole('button', { name: t.standard, exact: true }).click();
      await expect(page.locator('html')).not.toHaveAttribute('data-text-size', /./);
      expect(await page.evaluate(() => localStorage.getItem('text-size'))).toBeNull();
    });

    test('a stored size is applied before the first paint', async ({ page }) => {
      await page.goto(pagePath(locale, 'privacy'));
      await page.evaluate(() => localStorage.setItem('text-size', 'large'));
      // site.js is deferred and render-blocking (blocking="render" in the head): it runs, and
      // sets the size, before the browser paints anything.
      for (let i = 0; i < 3; i++) {
        await page.goto(pagePath(locale, 'privacy'));
        await page.waitForFunction(() => performance.getEntriesByName('first-paint').length > 0);
        const timing = await page.evaluate(() => ({
          applied: performance.getEntriesByName('text-size-applied')[0]!.startTime,
          paint: performance.getEntriesByName('first-paint')[0]!.startTime,
        }));
        expect(timing.applied).toBeLessThanOrEqual(timing.paint);
      }
    });
  });

  test.describe(`the largest size on a 320px phone (${locale})`, () => {
    test.use({ viewport: { width: 320, height: 640 } });

    for (const doc of ['', 'privacy']) {
      test(`${pagePath(locale, doc)}: nothing overlaps or scrolls sideways, axe is clean`, async ({
        page,
      }) => {
        await page.goto(pagePath(locale, doc));
        await page.evaluate(() => localStorage.setItem('text-size', 'largest'));
        await page.reload();
        await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
        const widths = await page.evaluate(() => [
          document.documentElement.scrollWidth,
          innerWidth,
        ]);
        expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
        const overlaps = await page.evaluate(() => {
          const boxes = [
            ...document.querySelectorAll('.site-header__bar > *, .site-header__drawer > *'),
          ]
            .filter((el) => el.getBoundingClientRect().width > 0)
            .map((el) => ({ name: el.className, r: el.getBoundingClientRect() }));
          const found: string[] = [];
          boxes.forEach((a, i) =>
            boxes.slice(i + 1).forEach((b) => {
              const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
              const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
              if (x > 0.5 && y > 0.5) found.push(`${a.name} / ${b.name}`);
            }),
          );
          const wide = [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
            .filter((el) => !el.closest('.visually-hidden, [hidden]'))
            .map((el) => el.tagName + '.' + el.className);
          return [...found, ...wide.slice(0, 5)];
        });
        expect(overlaps).toEqual([]);
        await expectNoViolations(page, `${pagePath(locale, doc)} at the largest size`);
      });
    }
  });
}

// Every text of the page follows the choice at every width from phone to desktop: each element's
// computed size is its standard size times the root's (20/16, 24/16), so no heading or paragraph
// keeps a size in px or vw that ignores it, and nothing scrolls sideways.
const WIDTHS = [320, 375, 768, 1280] as const;

for (const locale of LOCALES) {
  for (const width of WIDTHS) {
    test.describe(`every size at ${width}px (${locale})`, () => {
      test.use({ viewport: { width, height: 800 } });

      for (const doc of ['', 'privacy']) {
        test(`${pagePath(locale, doc)}: headings and text grow with each choice, no sideways scroll`, async ({
          page,
        }) => {
          const t = strings(locale);
          await page.goto(pagePath(locale, doc));
          const group = page.getByRole('group', { name: t.label });
          const measured: { root: number; texts: TextSize[] }[] = [];
          for (const size of SIZES) {
            await group.getByRole('button', { name: t[size], exact: true }).click();
            const html = expect(page.locator('html'));
            if (size === 'standard') await html.not.toHaveAttribute('data-text-size', /./);
            else await html.toHaveAttribute('data-text-size', size);
            const widths = await page.evaluate(() => [
              document.documentElement.scrollWidth,
              innerWidth,
            ]);
            expect(widths[0], `${size}: scrolls sideways`).toBeLessThanOrEqual(widths[1]!);
            measured.push({
              root: await rootFontSize(page),
              texts: await page.evaluate(measureTextSizes),
            });
          }
          const [standard, ...larger] = measured;
          expect(standard!.texts.map((x) => x.name)).toContain('h1.');
          expect(measured.map((m) => m.root)).toEqual([16, 20, 24]);
          for (const chosen of larger) {
            expect(unscaledTexts(standard!, chosen), `at ${chosen.root}px root`).toEqual([]);
          }
        });
      }
    });
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });

  test('no control; the page reflows at 320px, as at 400% browser zoom of 1280px', async ({
    page,
  }) => {
    for (const locale of LOCALES) {
      await page.goto(pagePath(locale, 'privacy'));
      await expect(page.getByRole('group', { name: strings(locale).label })).toHaveCount(0);
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
      expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    }
  });
});
