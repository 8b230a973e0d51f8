// WCAG 2.2 AA with axe on every page in both languages, at phone and desktop widths, in light
// and dark colour schemes (the dark one only changes colours: its colour rules run again), and
// with each menu open in turn.
import { expect, test } from '@playwright/test';
import {
  allPages,
  COLOUR_RULES,
  expectNoViolations,
  historyPages,
  LOCALES,
  pagePath,
} from './helpers';

// The history pages, bilingual view and version pages share their templates across documents:
// the privacy policy's stand for all of them.
const pages = [
  ...allPages(),
  ...historyPages().filter((p) => p.doc === 'privacy'),
  { path: '/en/no-such-page/' },
];

for (const width of [320, 1280]) {
  test.describe(`${width}px`, () => {
    test.use({ viewport: { width, height: 900 }, colorScheme: 'light' });

    for (const { path } of pages) {
      // Every rule in light colours, then the colour rules again in dark ones on the same page.
      test(`${path} has no axe violation, light and dark`, async ({ page }) => {
        await page.goto(path);
        await expectNoViolations(page, `${path}, light`);
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(
          await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
          'the dark colours are on',
        ).toBe('rgb(18, 22, 28)');
        await expectNoViolations(page, `${path}, dark`, { rules: COLOUR_RULES });
      });
    }
  });

  test.describe(`${width}px, menus open`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const locale of LOCALES) {
      test(`${pagePath(locale, 'privacy')} has no axe violation with each menu open`, async ({
        page,
      }) => {
        await page.goto(pagePath(locale, 'privacy'));
        // On phones the menus are inside the Menu drawer, which opening another menu closes.
        const drawer = page.locator('.site-header__drawer > button.disclosure__button');
        const buttons = page.locator(
          '.site-header button.disclosure__button:not(.site-header__drawer > *)',
        );
        const count = await buttons.count();
        expect(count).toBeGreaterThan(4);
        for (let i = 0; i < count; i++) {
          const button = buttons.nth(i);
          if (!(await button.isVisible())) await drawer.click();
          await button.click();
          await expect(button).toHaveAttribute('aria-expanded', 'true');
          // The open menu is in the header; the page under it was checked above.
          await expectNoViolations(page, `${await button.textContent()} open`, {
            within: '.site-header',
          });
          await button.click();
        }
      });
    }
  });
}
