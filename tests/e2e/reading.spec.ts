// Reading a long legal text: page structure for assistive technology, a keyboard-only walk
// through the contents list and back, the measure and typography of each language, the section
// marked in the contents list while scrolling (without changing any entry's size), deep links
// landing at once, reduced motion, and print.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  allPages,
  frontmatterField,
  headings,
  LOCALES,
  messages,
  pagePath,
  proseLines,
} from './helpers';

test.describe('structure', () => {
  for (const { path: url, doc } of allPages()) {
    test(`${url}: skip link first, landmarks, one h1, headings in order`, async ({ page }) => {
      await page.goto(url);
      await page.keyboard.press('Tab');
      const skip = page.locator('.page-shell__skip-link');
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await expect(skip).toHaveAttribute('href', '#main');

      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      const labels = await page
        .getByRole('navigation')
        .evaluateAll((navs) =>
          navs.map((n) =>
            n.getAttribute('aria-labelledby')
              ? document.getElementById(n.getAttribute('aria-labelledby')!)?.textContent
              : n.getAttribute('aria-label'),
          ),
        );
      expect(labels.length).toBeGreaterThanOrEqual(doc ? 3 : 2);
      expect(labels.every(Boolean)).toBe(true);
      expect(new Set(labels).size).toBe(labels.length);

      await expect(page.locator('h1')).toHaveCount(1);
      const levels = await page
        .locator('main :is(h1, h2, h3, h4, h5, h6)')
        .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      expect(levels[0]).toBe(1);
      for (let i = 1; i < levels.length; i++) {
        expect(levels[i]! - levels[i - 1]!, `heading ${i} of ${url}`).toBeLessThanOrEqual(1);
      }
    });
  }
});

async function focusOutline(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
  });
}

// Scrolling is instant for these readers (reduced motion): what is in view after a key press
// is then its result, with no animation to wait for; smooth scrolling has its own test below.
test.describe('keyboard only', () => {
  test.use({ reducedMotion: 'reduce' });

  for (const locale of LOCALES) {
    test(`keyboard only (${locale}): skip link, contents, a section and back`, async ({ page }) => {
      const text = messages(locale);
      const sections = headings('privacy', locale);
      await page.goto(pagePath(locale, 'privacy'));

      await page.keyboard.press('Tab');
      await expect(page.locator('.page-shell__skip-link')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator('#main')).toBeFocused();

      // The first stops in the main content are the links to the history and the bilingual
      // view, under the dates, and the PDF of the version shown; then comes the first entry of the
      // contents list.
      const related = page.locator('.legal-document__header .legal-document__related a');
      await page.keyboard.press('Tab');
      await expect(related.first()).toHaveText(text.versions!.history!);
      await expect(related.first()).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(related.nth(1)).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.locator('.legal-document__header .pdf-link a')).toBeFocused();
      // A text that does not prevail says so next, with a link to the text that does.
      if (frontmatterField('privacy', locale, 'prevailingLanguage') !== locale) {
        await page.keyboard.press('Tab');
        await expect(page.locator('.translation-notice a').first()).toBeFocused();
      }
      // The text was replaced in place: each earlier publication's link comes before the contents.
      const kept = page.locator('.legal-document__notices .corrigenda-notice a');
      await expect(kept).toHaveCount(3);
      for (let i = 0; i < 3; i += 1) {
        await page.keyboard.press('Tab');
        await expect(kept.nth(i)).toBeFocused();
      }
      await page.keyboard.press('Tab');
      const toc = page.locator('nav#contents');
      await expect(toc.getByRole('link').first()).toBeFocused();
      expect((await focusOutline(page)).width).toBeGreaterThanOrEqual(2);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const third = toc.getByRole('link').nth(2);
      await expect(third).toBeFocused();
      await expect(third).toHaveText(sections[2]!.title);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`#${sections[2]!.id}$`));
      await expect(page.locator(`[id="${sections[2]!.id}"]`)).toBeInViewport();

      // Onwards from the section: its heading's self-link, its links, then "back to contents".
      const back = page.locator(`section:has(> [id="${sections[2]!.id}"]) .back-to-contents a`);
      await expect(back).toHaveText(text.document!.backToContents!);
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        expect((await focusOutline(page)).style).not.toBe('none');
        if (await back.evaluate((el) => el === document.activeElement)) break;
      }
      await expect(back).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#contents$/);
      await expect(toc).toBeInViewport();
      await page.keyboard.press('Tab');
      await expect(toc.getByRole('link').first()).toBeFocused();
    });
  }
});

test.describe('reading', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const locale of LOCALES) {
    test(`${locale}: measure, font stack, line height, no slanted Chinese`, async ({ page }) => {
      await page.goto(pagePath(locale, 'privacy'));
      // The first paragraph of prose: the source's date line before it is one short line.
      const m = await page
        .locator('.legal-document__body > p:not(:has(> em:only-child))')
        .first()
        .evaluate((p) => {
          const style = getComputedStyle(p);
          const range = document.createRange();
          range.selectNodeContents(p);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          const em = document.createElement('em');
          em.textContent = '示例';
          p.append(em);
          const emStyle = getComputedStyle(em).fontStyle;
          em.remove();
          return {
            chars: (p.textContent ?? '').replace(/\s+/g, ' ').length,
            lines: tops.size,
            fontFamily: getComputedStyle(document.body).fontFamily,
            lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
            emStyle,
          };
        });
      const perLine = m.chars / m.lines;
      if (locale === 'en') {
        expect(perLine).toBeGreaterThan(60);
        expect(perLine).toBeLessThan(85);
        expect(m.fontFamily).toMatch(/^-apple-system, BlinkMacSystemFont/);
        expect(m.fontFamily.indexOf('Arial')).toBeLessThan(m.fontFamily.indexOf('PingFang SC'));
      } else {
        expect(perLine).toBeGreaterThan(34);
        expect(perLine).toBeLessThan(44);
        expect(m.fontFamily).toMatch(
          /^"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC"/,
        );
        expect(m.emStyle).toBe('normal');
      }
      expect(m.lineHeight).toBeGreaterThanOrEqual(1.7);
    });
  }

  test('the contents list marks the section being read, as the reader scrolls', async ({
    page,
  }) => {
    await page.goto('/en/privacy/');
    const sections = headings('privacy', 'en');
    const current = page.locator('nav#contents a[aria-current="true"]');
    for (const index of [3, 7, 9]) {
      await page.locator(`[id="${sections[index]!.id}"]`).evaluate((h) => h.scrollIntoView());
      await expect(current).toHaveCount(1);
      await expect(current).toHaveAttribute('href', `#${sections[index]!.id}`);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(current).toHaveCount(0);
  });

  test('smooth scrolling only once the reader acts, and never for reduced motion', async ({
    browser,
  }) => {
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const page = await browser.newPage({ reducedMotion });
      await page.goto('/en/privacy/');
      const behavior = () =>
        page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
      expect(await behavior()).toBe('auto');
      await page.keyboard.press('Shift');
      expect(await behavior()).toBe(reducedMotion === 'reduce' ? 'auto' : 'smooth');
      await page.close();
    }
  });

  for (const locale of LOCALES) {
    test(`${locale}: a deep link opened from outside lands at once, without animating`, async ({
      page,
    }) => {
      // Today's smooth scrolling used to carry the page through about 2,000 px on load.
      await page.goto(pagePath(locale, 'privacy') + '#cookies', { waitUntil: 'load' });
      const first = await page.evaluate(() => ({
        y: scrollY,
        top: document.getElementById('cookies')!.getBoundingClientRect().top,
      }));
      expect(first.y).toBeGreaterThan(1000);
      expect(first.top).toBeGreaterThanOrEqual(0);
      expect(first.top).toBeLessThan(40);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => scrollY)).toBe(first.y);
    });
  }

  test.describe('at 378px, the width Firefox lays out at 390 with a scrollbar', () => {
    // Reduced motion, so a contents link lands at once and is measured where it lands.
    test.use({ viewport: { width: 378, height: 800 }, reducedMotion: 'reduce' });

    for (const locale of LOCALES) {
      test(`${locale}: marking the section being read changes no entry's size`, async ({
        page,
      }) => {
        await page.goto(pagePath(locale, 'privacy'));
        const changed = await page.locator('nav#contents').evaluate((toc) => {
          const size = (a: Element) => {
            const r = a.getBoundingClientRect();
            return `${r.width}x${r.height}`;
          };
          const moved: string[] = [];
          const listHeight = toc.getBoundingClientRect().height;
          for (const a of toc.querySelectorAll('a[href^="#"]')) {
            const before = size(a);
            a.setAttribute('aria-current', 'true');
            const after = size(a);
            const height = toc.getBoundingClientRect().height;
            a.removeAttribute('aria-current');
            if (before !== after || height !== listHeight) moved.push(`${a.textContent}: ${after}`);
          }
          return moved;
        });
        expect(changed).toEqual([]);
      });
    }

    test('a contents link lands at the same place whichever entry is marked', async ({ page }) => {
      await page.goto('/en/privacy/');
      const sections = headings('privacy', 'en');
      const tops: number[] = [];
      // The last section and its subsections cannot reach the top of the window: the page ends
      // first.
      for (const { id } of sections.filter((h) => h.level === 2).slice(0, -1)) {
        await page.locator(`nav#contents a[href="#${id}"]`).click();
        await expect(page.locator(`nav#contents a[href="#${id}"]`)).toHaveAttribute(
          'aria-current',
          'true',
        );
        tops.push(
          await page.locator(`[id="${id}"]`).evaluate((h) => h.getBoundingClientRect().top),
        );
        await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      }
      expect(Math.max(...tops) - Math.min(...tops), tops.join(', ')).toBeLessThanOrEqual(1);
    });
  });
});

test.describe('print', () => {
  test('the bilingual privacy policy prints the translation label and which text prevails', async ({
    page,
  }) => {
    await page.goto(pagePath('zh-CN', 'privacy/bilingual'));
    await page.emulateMedia({ media: 'print' });
    const dir = mkdtempSync(path.join(tmpdir(), 'print-'));
    const pdf = path.join(dir, 'privacy-bilingual.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    const flat = (s: string) => s.replace(/\s+/g, '');
    expect(flat(text)).toContain(
      flat('本中文文本为译文，仅供参考；如与英文文本不一致，以英文文本为准。'),
    );
    expect(flat(text)).toContain(flat('If the two texts differ, the English text prevails.'));
    expect(flat(text)).toContain('中文译文修订于2026年12月1日');
  });

  for (const locale of LOCALES) {
    test(`the ${locale} privacy policy prints whole, with date and filing line, without menus`, async ({
      page,
    }) => {
      await page.goto(pagePath(locale, 'privacy'));
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-header__drawer')).toBeHidden();
      await expect(page.locator('.site-footer__columns')).toBeHidden();
      await expect(page.locator('.filing-line')).toBeVisible();
      const dir = mkdtempSync(path.join(tmpdir(), 'print-'));
      const pdf = path.join(dir, `privacy-${locale}.pdf`);
      writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
      // Compare without white space: lines and pages break anywhere in print.
      const flat = (s: string) => s.replace(/\s+/g, '');
      // Link targets are printed after their text, as <address>; set them aside to compare.
      const printed = flat(text).replace(/<[^<>]*>/g, '');
      const text_ = messages(locale);
      for (const line of [
        ...headings('privacy', locale).map((h) => h.title),
        ...proseLines('privacy', locale),
      ]) {
        expect(printed, line.slice(0, 40)).toContain(flat(line));
      }
      expect(printed).toContain(flat(locale === 'en' ? 'March 9, 2017' : '2017年3月9日'));
      // The Chinese text is a translation and says so on paper too; the English prevails.
      const label = flat('本中文文本为译文，仅供参考；如与英文文本不一致，以英文文本为准。');
      if (locale === 'zh-CN') expect(printed).toContain(label);
      else expect(printed).not.toContain(label);
      expect(printed).toContain('京ICP备06062228号-7');
      expect(printed).toContain('京公网安备11010102001339号');
      // Link targets follow their text, since paper cannot be clicked.
      expect(flat(text)).toContain(flat('<https://www.amazonaws.cn/'));
      // Menus and footer columns are not printed.
      const menuLabel = locale === 'en' ? 'AWS&CloudComputing' : 'AWS与云计算';
      expect(printed).not.toContain(menuLabel);
      expect(printed).not.toContain(flat(text_.document!.backToContents!));
      // The first page, for people to look at: tests/screenshots/print-<locale>-page1.png.
      mkdirSync('tests/screenshots', { recursive: true });
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        pdf,
        path.join('tests/screenshots', `print-${locale}-page1`),
      ]);
    });
  }
});
