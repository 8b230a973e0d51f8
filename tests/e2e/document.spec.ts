// What a reader sees: the full text in both languages, the contents list, deep links, and the
// same with JavaScript turned off.
import { expect, test, type Page } from '@playwright/test';
import {
  documents,
  frontmatter,
  frontmatterField,
  headings,
  LOCALES,
  pagePath,
  proseLines,
  translationLabel,
  type Locale,
} from './helpers';

const DATES = { en: 'March 9, 2017', 'zh-CN': '2017年3月9日' };

async function headingInView(page: Page, id: string) {
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
}

for (const doc of documents()) {
  for (const locale of LOCALES) {
    test(`${pagePath(locale, doc)} shows the whole document, its date and its contents list`, async ({
      page,
    }) => {
      await page.goto(pagePath(locale, doc));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('h1')).toHaveText(frontmatterField(doc, locale, 'title'));
      // A text dated by its source leaves its date to its own first line; the others show their
      // publication date.
      const stated = frontmatter(doc, locale).dateSource === 'source';
      const header = page.locator('.legal-document__header');
      if (stated) {
        await expect(header.locator('.document-dates__statedInText')).toHaveCount(1);
        await expect(header.locator('.document-dates time')).toHaveCount(0);
      } else {
        await expect(header.locator('.document-dates__published time')).toHaveAttribute(
          'datetime',
          frontmatterField(doc, locale, 'lastUpdated'),
        );
      }
      await expect(header.locator('.document-dates__effective')).toHaveCount(stated ? 0 : 1);
      const expected = headings(doc, locale);
      expect(expected.length).toBeGreaterThan(3);
      await expect(page.locator('.table-of-contents a')).toHaveText(expected.map((h) => h.title));
      const text = (await page.locator('.legal-document__body').innerText()).replace(/\s+/g, ' ');
      for (const line of proseLines(doc, locale)) {
        expect(text).toContain(line.replace(/\s+/g, ' ').trim());
      }
    });
  }
}

type Revision = { date: string; summary: string };

for (const doc of documents()) {
  for (const locale of LOCALES) {
    test(`${pagePath(locale, doc)} labels a text that does not prevail as one for reference`, async ({
      page,
    }) => {
      await page.goto(pagePath(locale, doc));
      const prevailing = frontmatterField(doc, locale, 'prevailingLanguage') as Locale;
      const notice = page.locator('.legal-document__notices .translation-notice');
      if (prevailing === locale) {
        await expect(notice).toHaveCount(0);
        return;
      }
      await expect(notice).toHaveAttribute('lang', locale);
      await expect(notice.locator('.translation-notice__label')).toContainText(
        translationLabel(locale, prevailing),
      );
      await expect(notice.locator('.translation-notice__label a')).toHaveAttribute(
        'href',
        pagePath(prevailing, doc),
      );
      const revisions = (frontmatter(doc, locale).translationRevisions ?? []) as Revision[];
      const items = notice.locator('.translation-revisions li');
      await expect(items).toHaveCount(revisions.length);
      for (const [index, { date, summary }] of revisions.entries()) {
        await expect(items.nth(index).locator('time')).toHaveAttribute('datetime', date);
        await expect(items.nth(index)).toContainText(summary);
      }
      // The label is part of the printed page too.
      await page.emulateMedia({ media: 'print' });
      await expect(notice.locator('.translation-notice__label')).toBeVisible();
    });
  }
}

test('the English privacy policy prevails; the Chinese says it is a translation, and when it was revised', async ({
  page,
}) => {
  await page.goto(pagePath('en', 'privacy'));
  await expect(page.locator('.translation-notice')).toHaveCount(0);
  await page.goto(pagePath('zh-CN', 'privacy'));
  const notice = page.locator('.translation-notice');
  await expect(notice.locator('.translation-notice__label')).toContainText(
    '本中文文本为译文，仅供参考；如与英文文本不一致，以英文文本为准。',
  );
  await expect(notice.getByRole('link', { name: '阅读英文文本' })).toHaveAttribute(
    'href',
    '/en/privacy/',
  );
  await expect(notice.locator('.translation-revisions li').first()).toContainText(
    /^中文译文修订于\d{4}年\d{1,2}月\d{1,2}日：\S/,
  );
});

test('the Site Terms draw their key clauses to the reader’s attention in both languages, also in print', async ({
  page,
}) => {
  for (const locale of LOCALES) {
    await page.goto(pagePath(locale, 'terms'));
    for (const section of ['disclaimer', 'limitation-of-liability', 'governing-law', 'changes']) {
      const marks = page.locator(`section:has(> h2[id="${section}"]) strong.key-clause`);
      expect(await marks.count(), `${locale} ${section}`).toBeGreaterThan(0);
    }
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      const mark = page.locator('strong.key-clause').first();
      await expect(mark).toHaveCSS('font-weight', '700');
      await expect(mark).toHaveCSS('text-decoration-line', 'underline');
    }
    await page.emulateMedia({ media: 'screen' });
  }
});

for (const locale of LOCALES) {
  test.describe(`privacy policy (${locale})`, () => {
    const url = pagePath(locale, 'privacy');

    test('renders every heading and paragraph of the document, in its language', async ({
      page,
    }) => {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('h1')).toHaveText(frontmatterField('privacy', locale, 'title'));
      const expected = headings('privacy', locale);
      expect(expected.length).toBe(16);
      for (const h of expected) {
        await expect(page.locator(`h${h.level}[id="${h.id}"]`)).toContainText(h.title);
      }
      const text = (await page.locator('.legal-document__body').innerText()).replace(/\s+/g, ' ');
      for (const line of proseLines('privacy', locale)) {
        expect(text).toContain(line.replace(/\s+/g, ' ').trim());
      }
    });

    test('shows the date the text states, once, as its own, in the reader’s language, and no other', async ({
      page,
    }) => {
      await page.goto(url);
      // The header says where the date is; the text's own first line gives it.
      const dates = page.locator('.legal-document__header .document-dates');
      await expect(dates).toHaveText(
        locale === 'en'
          ? 'Date: as the text itself states (this site gives it no other date)'
          : '日期：以正文所载为准（本网站未另行标示日期）',
      );
      await expect(dates.locator('time')).toHaveCount(0);
      const body = await page.locator('.legal-document__body').innerText();
      expect(body.split(DATES[locale]).length - 1).toBe(1);
      // No source gives a publication or an effective date, and nothing says "in force".
      await expect(
        dates.locator('.document-dates__published, .document-dates__effective'),
      ).toHaveCount(0);
      await expect(page.locator('main')).not.toContainText(
        locale === 'en' ? 'In force' : '现行有效',
      );
      // The source's own line opens the text.
      await expect(page.locator('.legal-document__body p').first()).toHaveText(
        locale === 'en' ? 'Last updated: March 9, 2017.' : '最近更新日期：2017年3月9日。',
      );
    });

    test('lists every section in the contents, and each link reaches its section', async ({
      page,
    }) => {
      await page.goto(url);
      const toc = page.getByRole('navigation', { name: locale === 'en' ? 'Contents' : '目录' });
      const links = toc.getByRole('link');
      const expected = headings('privacy', locale);
      await expect(links).toHaveCount(expected.length);
      expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
        expected.map((h) => `#${h.id}`),
      );
      await links.filter({ hasText: expected[9]!.title }).click();
      await expect(page).toHaveURL(new RegExp(`#${expected[9]!.id}$`));
      await headingInView(page, expected[9]!.id);
    });

    test('each heading has a self-link that appears on keyboard focus', async ({ page }) => {
      await page.goto(url);
      const link = page.locator('h2[id="cookies"] a.section-heading__link');
      await expect(link).toHaveAttribute('href', '#cookies');
      await expect(link).toHaveCSS('opacity', '0');
      await link.focus();
      await expect(link).toHaveCSS('opacity', '1');
      await expect(link).toHaveAccessibleName(/Cookie/);
    });

    for (const [fragment, id] of [
      ['#What%20About%20Cookies', 'cookies'],
      ['#What About Cookies', 'cookies'],
      ['#what%20info%20do%20we%20gather', 'information-we-gather'],
      ['#Conditions%20of%20Use,%20Notices,%20and%20Revisions', 'conditions-notices-revisions'],
      ['#Mobile', 'examples-mobile'],
    ] as const) {
      test(`a link made for the original page (${fragment}) lands on its section`, async ({
        page,
      }) => {
        await page.goto(url + fragment);
        await headingInView(page, id);
      });
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of LOCALES) {
    test(`the ${locale} policy, its contents and its anchors work`, async ({ page }) => {
      await page.goto(pagePath(locale, 'privacy'));
      await expect(page.locator('h1')).toHaveText(frontmatterField('privacy', locale, 'title'));
      await expect(page.locator('.legal-document__body h2')).toHaveCount(11);
      const last = headings('privacy', locale).at(-1)!;
      await page.locator(`.table-of-contents a[href="#${last.id}"]`).click();
      await headingInView(page, last.id);
      await page.goto('about:blank');
      await page.goto(pagePath(locale, 'privacy') + '#What%20About%20Cookies');
      await headingInView(page, 'cookies');
      // The old link as it was written, with spaces: the URL parser encodes them, and the id is
      // spelled that way (valid HTML: no whitespace in any id).
      await page.goto('about:blank');
      await page.goto(pagePath(locale, 'privacy') + '#How Secure Is Information About Me');
      await headingInView(page, 'security');
      const spaced = await page.evaluate(() =>
        [...document.querySelectorAll('[id]')].map((e) => e.id).filter((id) => /\s/.test(id)),
      );
      expect(spaced).toEqual([]);
    });
  }

  test('every document is listed on the hub in both languages', async ({ page }) => {
    for (const locale of LOCALES) {
      await page.goto(pagePath(locale));
      const items = page.locator('#main .hub__documents > li');
      await expect(items).toHaveCount(documents().length);
      for (const [index, doc] of documents().entries()) {
        const item = items.nth(index);
        const link = item.getByRole('link', { name: frontmatterField(doc, locale, 'title') });
        await expect(link).toHaveAttribute('href', pagePath(locale, doc));
        await expect(item).toContainText(frontmatterField(doc, locale, 'description'));
        // The labels the document's own page uses: its publication date, or the date its text
        // states, said to be the text's own.
        const stated = frontmatter(doc, locale).dateSource === 'source';
        const label = stated ? '.document-dates__statedLastUpdated' : '.document-dates__published';
        await expect(item.locator(`${label} time`)).toHaveAttribute(
          'datetime',
          frontmatterField(doc, locale, 'lastUpdated'),
        );
        await expect(item.locator('.document-dates__effective')).toHaveCount(stated ? 0 : 1);
      }
    }
  });

  test('the language switcher links to the same document in the other language', async ({
    page,
  }) => {
    await page.goto('/privacy/');
    const english = page.locator('.site-header .language-switcher a[hreflang="en"]');
    await expect(english).toHaveAttribute('href', '/en/privacy/');
    await expect(english).toHaveAttribute('lang', 'en');
    await expect(
      page.locator('.site-header .language-switcher a[hreflang="zh-CN"]'),
    ).toHaveAttribute('aria-current', 'true');
    await english.click();
    await expect(page).toHaveURL(/\/en\/privacy\/$/);
    await expect(page.locator('h1')).toHaveText('Privacy Policy');
  });
});

// The preview's content-problems panel, its reload on save and its after-hydration loader of
// site.js exist under `next dev` only (components/preview/content-problems.tsx, content-reload.tsx,
// site-script.tsx): no published page carries them, the route the reload asks is not there, and
// every page loads site.js as a plain deferred script.
test('published pages carry nothing of the preview and load site.js as a plain script', async ({
  request,
}) => {
  expect((await request.get('/preview-changes/')).status()).toBe(404);
  for (const path of [
    '/',
    '/en/',
    ...documents().flatMap((doc) => LOCALES.map((l) => pagePath(l, doc))),
  ]) {
    const html = await (await request.get(path)).text();
    // Deferred, and render-blocking in the head (the stored text size before the first paint).
    expect(html, path).toMatch(
      /<head>.*<script src="\/site\.js" defer="" blocking="render"><\/script><\/head>/,
    );
    expect(html, path).not.toMatch(
      /content-problems|data-content-problems|site-script-after-hydration|content-reload|preview-changes/,
    );
    // One stylesheet, shared by every page: nothing of the preview adds a request.
    expect(html.match(/<link rel="stylesheet"/g), path).toHaveLength(1);
  }
});
