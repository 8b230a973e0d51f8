// WCAG 2.2 AA with axe on every page in both languages, at phone and desktop widths, in light
// and dark colour schemes, and with each menu open in turn.
import { expect, test } from '@playwright/test';
import { allPages, expectNoViolations, historyPages, LOCALES, pagePath } from './helpers';

// The history pages, bilingual view and version pages share their templates across documents:
// the privacy policy's stand for all of them.
const pages = [
  ...allPages(),
  ...historyPages().filter((p) => p.doc === 'privacy'),
  { path: '/en/no-such-page/' },
];

for (const width of [320, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${width}px, ${scheme}`, () => {
      test.use({ viewport: { width, height: 900 }, colorScheme: scheme });

      for (const { path } of pages) {
        test(`${path} has no axe violation`, async ({ page }) => {
          await page.goto(path);
          await expectNoViolations(page, path);
        });
      }
    });
  }

  test.describe(`${width}px, menus open`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const locale of LOCALES) {
      test(`${pagePath(locale, 'privacy')} has no axe violation with each menu open`, async ({
        page,
      }) => {
        test.slow(); // one axe run per menu
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
          await expectNoViolations(page, `${await button.textContent()} open`);
          await button.click();
        }
      });
    }
  });
}
