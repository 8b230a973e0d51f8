// The record a reader relies on, in the browser and on both servers: the redline shows every
// key-clause mark added or removed (the Site Terms of 2026-12-03, in both languages), each text
// the site replaced in place is served read-only at its own address, the privacy policy's
// version page names them, and its feed entry is dated by the days the site published and
// changed it, never by the text's own date.
import { expect, test } from '@playwright/test';
import {
  abs,
  earlierPublications,
  LOCALES,
  messages,
  pagePath,
  rawRequest,
  type Locale,
} from './helpers';

const WORDS = {
  'zh-CN': {
    marksOnly: '本节文字未修改，仅重要条款的标示有变化。',
    newlyMarked: '〔新标示为重要条款，文字未修改〕',
    // 关于 AWS 中国网站 changed in Chinese only (运营方 became 运营主体).
    counts: '修改 12 节（其中 7 节的重要条款标示有变化），新增 0 节，删除 0 节，3 节未修改。',
    kept: '此为本网站于2026年11月29日至2026年12月1日期间在2017年3月9日版本的网址发布的文本，当时标示以中文文本为准。',
  },
  en: {
    marksOnly:
      'The wording of this section is unchanged; only the marking of its key clauses changed.',
    newlyMarked: '[Key clause newly marked; wording unchanged]',
    counts:
      'Sections: 11 changed (the marking of key clauses in 7 of them), 0 added, 0 removed, 4 unchanged.',
    kept: 'This is the text this site published at the address of the version of March 9, 2017 from November 29, 2026 to December 1, 2026, with the Chinese text then stated to prevail.',
  },
} as const;

for (const locale of LOCALES) {
  const words = WORDS[locale];
  test.describe(`the record (${locale})`, () => {
    test('the changes of 2026-12-03 show each key clause newly marked, and count those sections as changed', async ({
      page,
    }) => {
      await page.goto(pagePath(locale, 'terms/2026-12-03/changes'));
      await expect(page.locator('.redline-page .notice p').last()).toHaveText(words.counts);
      // The four sections that only gained marks are changed, say so, and mark each clause.
      for (const id of [
        'related-documents',
        'prohibited-conduct',
        'information-you-post',
        'governing-law',
      ]) {
        const section = page.locator(`.redline-section:has(> h2[id="${id}"])`);
        await expect(section, id).toHaveAttribute('data-change', 'changed');
        await expect(section.locator('.redline-section__status')).toHaveText(words.marksOnly);
        await expect(section.locator('.redline-key__note').first()).toHaveText(words.newlyMarked);
        await expect(section.locator('.redline-key--marked').first()).toHaveClass(/key-clause/);
        await expect(section.locator('details')).toHaveCount(0);
      }
      // Marks that stayed are drawn as the page draws them, bold and underlined.
      const kept = page.locator(
        '.redline-section:has(> h2[id="limitation-of-liability"]) strong.key-clause',
      );
      await expect(kept.first()).toBeVisible();
      const style = await kept.first().evaluate((el) => {
        const s = getComputedStyle(el);
        return { weight: s.fontWeight, line: s.textDecorationLine };
      });
      expect(style).toEqual({ weight: '700', line: 'underline' });
      // The changed sections' list names them.
      await expect(page.locator('nav#contents a[href="#prohibited-conduct"]')).toHaveCount(1);
    });

    test('the notes on marks are printed', async ({ page }) => {
      await page.emulateMedia({ media: 'print' });
      await page.goto(pagePath(locale, 'terms/2026-12-03/changes'));
      const note = page.locator(
        '.redline-section:has(> h2[id="prohibited-conduct"]) .redline-key__note',
      );
      await expect(note).toBeVisible();
      await expect(note).toHaveText(words.newlyMarked);
    });

    test('a text replaced in place is kept read-only at its own address, out of search results', async ({
      page,
      request,
    }) => {
      const path = pagePath(locale, 'privacy/2017-03-09/published/2026-11-29');
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute(
        'content',
        'noindex, follow',
      );
      const notice = page.locator('.legal-document__notices .notice').first();
      await expect(notice).toContainText(words.kept);
      // The text as then published: the Chinese text prevailed, and it carried no date line.
      await expect(page.locator('.legal-document__body')).not.toContainText(
        locale === 'en' ? 'Last updated: March 9, 2017.' : '最近更新日期：2017年3月9日。',
      );
      // Dated by the days it was on this site, not by the labels it was shown with then.
      const dates = page.locator('.legal-document__header .document-dates time');
      await expect(dates).toHaveCount(2);
      expect(await dates.evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')))).toEqual([
        '2026-11-29',
        '2026-12-01',
      ]);
      await expect(page.locator('main')).not.toContainText(
        locale === 'en' ? 'Effective:' : '生效日期',
      );
      // Its checksums, with the PDFs as then published (none on 2026-11-29), and a PDF of the
      // kept text labelled replaced.
      await expect(page.locator('.version-checksums__value')).toHaveCount(2);
      await expect(page.locator('.version-checksums')).toContainText(
        messages(locale).versions!.noPdf!,
      );
      const pdf = page.locator('.legal-document__header .pdf-link a');
      const href = (await pdf.getAttribute('href'))!;
      expect(href).toBe(
        `${pagePath(locale, 'privacy/2017-03-09/published/2026-11-29')}privacy-2017-03-09-published-2026-11-29-${locale}.pdf`,
      );
      const file = await request.get(href);
      expect(file.status()).toBe(200);
      expect(file.headers()['content-type']).toBe('application/pdf');
      // Reached from the version's page and its history, and not from the sitemap.
      const sitemap = await (await request.get('/sitemap.xml')).text();
      expect(sitemap).not.toContain('/published/');
      await page.goto(pagePath(locale, 'privacy/history'));
      await expect(page.locator(`a[href="${path}"]`)).toHaveCount(1);
    });

    test('a kept text gives the SHA-256 of each PDF as then published, from its record', async ({
      page,
    }) => {
      const kept = earlierPublications('privacy', '2017-03-09');
      expect(kept.filter((e) => e.pdf !== 'none').length).toBeGreaterThan(0);
      for (const e of kept) {
        if (e.pdf === 'none') continue;
        await page.goto(pagePath(locale, `privacy/2017-03-09/published/${e.published}`));
        const values = await page.locator('.version-checksums__value').allTextContents();
        expect(values).toEqual(expect.arrayContaining(Object.values(e.pdf)));
        expect(values).toHaveLength(2 + Object.keys(e.pdf).length);
      }
    });

    test('the policy’s version page names every earlier publication and keeps its promise true', async ({
      page,
    }) => {
      await page.goto(pagePath(locale, 'privacy/2017-03-09'));
      const kept = earlierPublications('privacy', '2017-03-09');
      expect(kept.length).toBe(3);
      const links = page.locator('.legal-document__notices .corrigenda-notice a');
      expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
        kept.map((e) => pagePath(locale, `privacy/2017-03-09/published/${e.published}`)),
      );
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        expect((await rawRequest(href)).status, href).toBe(200);
      }
      await expect(page.locator('.legal-document__notices .notice').first()).toContainText(
        locale === 'en'
          ? 'if this version is ever corrected or replaced in place, this page says when and what changed'
          : '此版本如经更正或原地替换，本页将载明更正或替换的日期和内容',
      );
    });

    test('the policy’s feed entry is dated by the days the site published and changed it', async ({
      page,
      request,
    }) => {
      const feed = await (await request.get(`${pagePath(locale)}feed.xml`)).text();
      const entries = await page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        return [...doc.querySelectorAll('entry')].map((e) => ({
          id: e.querySelector('id')?.textContent,
          published: e.querySelector('published')?.textContent ?? null,
          updated: e.querySelector('updated')?.textContent,
          valid: e.getElementsByTagNameNS('http://purl.org/dc/terms/', 'valid').length,
        }));
      }, feed);
      const policy = entries.find((e) => e.id === abs(pagePath(locale, 'privacy/2017-03-09')))!;
      // First published here on 2026-11-29; last replaced in place on 2026-12-07; no 2017 date.
      expect(policy).toEqual({
        id: policy.id,
        published: '2026-11-29T00:00:00+08:00',
        updated: '2026-12-07T00:00:00+08:00',
        valid: 0,
      });
      expect(feed).not.toContain('<published>2017');
      expect(feed).not.toContain('<updated>2017');
      // Each earlier publication has its entry: published when first shown, updated when replaced.
      for (const e of earlierPublications('privacy', '2017-03-09')) {
        const entry = entries.find(
          (x) => x.id === abs(pagePath(locale, `privacy/2017-03-09/published/${e.published}`)),
        );
        expect(entry, e.published).toMatchObject({
          published: `${e.published}T00:00:00+08:00`,
          updated: `${e.replaced}T00:00:00+08:00`,
        });
      }
    });
  });
}

test('the history of a text dated by its source leads to its current version, in both languages', async ({
  page,
}) => {
  for (const [locale, label] of [
    ['zh-CN', '阅读当前版本'],
    ['en', 'Read the current version'],
  ] as [Locale, string][]) {
    await page.goto(pagePath(locale, 'privacy/history'));
    await expect(page.getByRole('link', { name: label, exact: true })).toHaveAttribute(
      'href',
      pagePath(locale, 'privacy'),
    );
    // The label it carries is "current version"; "in force" stands only in the record of the
    // labels withdrawn on 2026-12-03.
    await expect(page.locator('.version-history__in-force')).toHaveText(
      locale === 'en' ? 'Current version' : '当前版本',
    );
    await expect(page.locator('.version-history > li > h2')).not.toContainText(
      locale === 'en' ? 'In force' : '现行有效',
    );
  }
});
