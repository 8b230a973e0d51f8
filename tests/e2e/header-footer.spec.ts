// The shared header and footer in a real browser: keyboard use, the language switch keeping the
// reader's place, the filing line, and narrow screens.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { LOCALES, pagePath } from './helpers';

type Link = { label: string; href: string };
const data = (locale: string) =>
  JSON.parse(readFileSync(`locales/navigation.${locale}.json`, 'utf8')) as {
    header: {
      menus: { label: string; groups: { links: Link[] }[]; overview?: Link }[];
      links: Link[];
      account: { label: string; links: Link[] };
    };
    footer: { columns: { links: Link[] }[]; social: Link[] };
  };

for (const locale of LOCALES) {
  test.describe(`header and footer (${locale})`, () => {
    const nav = data(locale);

    test('every menu opens from the keyboard and each of its links can be focused', async ({
      page,
    }) => {
      await page.goto(pagePath(locale, 'privacy'));
      for (const menu of nav.header.menus) {
        const button = page.getByRole('button', { name: menu.label, exact: true });
        await button.focus();
        await page.keyboard.press('Enter');
        await expect(button).toHaveAttribute('aria-expanded', 'true');
        const panel = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
        const expected = [
          ...(menu.overview ? [menu.overview] : []),
          ...menu.groups.flatMap((g) => g.links),
        ];
        const links = panel.getByRole('link');
        await expect(links).toHaveCount(expected.length);
        expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
          expected.map((l) => l.href),
        );
        for (let i = 0; i < expected.length; i++) {
          await page.keyboard.press('Tab');
          await expect(links.nth(i)).toBeFocused();
        }
        await page.keyboard.press('Escape');
        await expect(button).toHaveAttribute('aria-expanded', 'false');
        await expect(button).toBeFocused();
        await expect(panel).toBeHidden();
      }
    });

    test('Space opens the account menu and a click outside closes it', async ({ page }) => {
      await page.goto(pagePath(locale, 'privacy'));
      const button = page.getByRole('button', { name: nav.header.account.label });
      await button.focus();
      await page.keyboard.press('Space');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(
        page.getByRole('link', { name: nav.header.account.links[0]!.label }),
      ).toBeVisible();
      await page.locator('h1').click();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
    });

    test('the footer links match the data and the filing line is shown', async ({ page }) => {
      await page.goto(pagePath(locale));
      const footer = page.getByRole('contentinfo');
      const hrefs = await footer
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const link of [...nav.footer.social, ...nav.footer.columns.flatMap((c) => c.links)]) {
        expect(hrefs).toContain(link.href);
      }
      await expect(
        footer.getByRole('link', { name: '京公网安备11010102001339号' }),
      ).toHaveAttribute(
        'href',
        'http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010102001339',
      );
      await expect(footer.getByRole('link', { name: '京ICP备06062228号-7' })).toHaveAttribute(
        'href',
        'https://beian.miit.gov.cn/',
      );
      const emblem = footer.locator('.filing-line img');
      await expect(emblem).toBeVisible();
      expect(await emblem.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
      await expect(
        footer.getByRole('link', { name: locale === 'en' ? 'Privacy' : '隐私政策' }),
      ).toHaveAttribute('href', pagePath(locale, 'privacy'));
    });
  });
}

test('the language switch keeps the section the reader is on', async ({ page }) => {
  await page.goto('/en/privacy/#cookies');
  await page.locator('.site-header').getByRole('link', { name: '中文（简体）' }).click();
  await expect(page).toHaveURL(/\/privacy\/#cookies$/);
  await expect(page.locator('h2[id="cookies"]')).toBeInViewport();
  await page.locator('.table-of-contents a[href="#sharing"]').click();
  await page.locator('.site-header').getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/privacy\/#sharing$/);
});

test('the 404 page shows the language of the URL and the filing line', async ({ page }) => {
  const response = await page.goto('/en/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t find that page');
  await expect(page.getByText('京ICP备06062228号-7')).toBeVisible();
  await page.goto('/no-such-page/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('抱歉，找不到您要访问的页面');
});

test.describe('on a 320px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('one menu button opens the whole navigation and nothing scrolls sideways', async ({
    page,
  }) => {
    await page.goto('/privacy/');
    const products = page.getByRole('button', { name: '产品', exact: true });
    await expect(products).toBeHidden();
    await page.getByRole('button', { name: '菜单' }).click();
    await products.click();
    await expect(page.getByRole('link', { name: /Amazon EC2/ })).toBeVisible();
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  });
  for (const locale of LOCALES) {
    test(`${locale}: every item of the open drawer starts at the same x`, async ({ page }) => {
      await page.goto(pagePath(locale));
      await page.locator('.site-header__drawer > .disclosure__button').click();
      const starts = await page
        .locator('.site-header__drawer .disclosure__panel')
        .first()
        .evaluate((panel) =>
          [
            ...panel.querySelectorAll(
              '.site-header__nav-list > li > .disclosure > .disclosure__button, .site-header__nav-link, .site-header__utility--in-menu a',
            ),
          ]
            .filter((el) => el.getBoundingClientRect().width > 0)
            .map((el) => `${el.textContent}@${Math.round(el.getBoundingClientRect().left)}`),
        );
      expect(starts.length).toBeGreaterThan(5);
      const xs = new Set(starts.map((s) => s.split('@').at(-1)));
      expect(xs, starts.join(', ')).toEqual(new Set(['16']));
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const width of [320, 1280]) {
    test(`each menu is shown once at ${width} px, as its plain-HTML summary`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/en/privacy/');
      if (width < 768) await page.locator('.site-header__drawer > details > summary').click();
      for (const menu of data('en').header.menus) {
        const shown = page
          .locator('.site-header .disclosure__button', { hasText: menu.label })
          .filter({ visible: true });
        await expect(shown, menu.label).toHaveCount(1);
        await expect(shown).toHaveJSProperty('tagName', 'SUMMARY');
      }
    });
  }

  test('every menu link stays reachable through the plain-HTML menus', async ({ page }) => {
    await page.goto('/en/privacy/');
    const nav = data('en');
    for (const menu of nav.header.menus) {
      await page.locator('summary', { hasText: menu.label }).first().click();
      for (const link of menu.groups.flatMap((g) => g.links)) {
        await expect(page.locator(`.site-header a[href="${link.href}"]`).first()).toBeVisible();
      }
    }
  });
});
