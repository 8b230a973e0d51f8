// Any two versions compared, for every reader, on both servers: the history page's form leads to
// the pair without JavaScript; the comparison of two versions that are not consecutive (the Site
// Terms of 2026-11-29 and 2026-12-07) reads the same with and without JavaScript where a script
// draws it (the static export), with its key-clause marks; without JavaScript on the export, the
// page lists the changes of the versions between the two, and only those.
import { expect, test } from '@playwright/test';
import type { VersionOutline } from '@/lib/versions/comparison';
import { compareOutlines, granularityFor, summarize } from '@/lib/versions/redline';
import { fill } from '@/lib/versions/redline-html';
import { LOCALES, messages, pagePath } from './helpers';

const STATIC = !!process.env.BASE_URL;
const [SINCE, VERSION] = ['2026-11-29', '2026-12-07'];
const WORDS = {
  'zh-CN': {
    title: /^网站条款：2026年11月29日版本至2026年12月7日版本的修改$/,
    steps: ['2026年12月1日版本', '2026年12月3日版本', '2026年12月7日版本'],
  },
  en: {
    title: /^Site Terms: changes from November 29, 2026 to December 7, 2026$/,
    steps: [
      'Version of December 1, 2026',
      'Version of December 3, 2026',
      'Version of December 7, 2026',
    ],
  },
} as const;

for (const locale of LOCALES) {
  const words = WORDS[locale];
  const t = messages(locale);
  const v = t.versions!;
  const r = t.redline!;
  const pair = pagePath(locale, `terms/${VERSION}/changes/${SINCE}`);

  test.describe(`any two versions (${locale})`, () => {
    test('the history page chooses a pair without JavaScript, and the form leads to it', async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(pagePath(locale, 'terms/history'));
      await page.getByLabel(v.compareNewer!).selectOption(VERSION);
      await page.getByLabel(v.compareOlder!).selectOption(SINCE);
      await page.getByRole('button', { name: v.compareSubmit }).click();
      await expect(page).toHaveURL(new RegExp(`${pair}$`));
      await context.close();
    });

    test('a comparison of versions that are not consecutive, with JavaScript', async ({ page }) => {
      await page.goto(pair);
      await expect(page.locator('h1')).toHaveText(words.title);
      await expect(page.locator('#comparison[data-drawn]')).toHaveCount(1);
      // Every version between is summed up; the marks the Terms gained are named.
      await expect(
        page.locator('.redline-page__summaries li strong, .redline-page__summaries li b'),
      ).toHaveText(words.steps.map((s) => new RegExp(`^${s}`)));
      await expect(page.locator('.redline-key').first()).toBeVisible();
      await expect(page.getByText(r.keyMarked!, { exact: false }).first()).toBeVisible();
      await expect(page).toHaveTitle(
        words.title.source.slice(1, -1).length ? new RegExp(words.title.source.slice(1, -1)) : /./,
      );
      // The other language's link leads to the same pair.
      const other = locale === 'en' ? 'zh-CN' : 'en';
      await expect(page.locator(`a[hreflang="${other}"]`).first()).toHaveAttribute(
        'href',
        pagePath(other, `terms/${VERSION}/changes/${SINCE}`),
      );
    });

    test('the same comparison without JavaScript', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(pair);
      const steps = page.locator('.compare-page__steps > li');
      if (STATIC) {
        // The export serves the compare page as it is; range.css leaves the pair's changes listed.
        await expect(page.locator('.compare-page__script-note')).toBeVisible();
        await expect(steps.filter({ visible: true })).toHaveText(
          words.steps.map((s) => new RegExp(`^${s}`)),
        );
      } else {
        // The site's server drew the comparison itself.
        await expect(page.locator('h1')).toHaveText(words.title);
        await expect(page.locator('.redline-key').first()).toBeVisible();
      }
      // A pair of the later versions only lists those.
      await page.goto(pagePath(locale, `terms/${VERSION}/changes/2026-12-03`));
      if (STATIC)
        await expect(steps.filter({ visible: true })).toHaveText([
          new RegExp(`^${words.steps[2]}`),
        ]);
      await context.close();
    });

    test('the same words and marks as the comparison made from the published outlines', async ({
      page,
      request,
    }) => {
      // Computed here from the two outline.json files the page is drawn from: the counts line
      // and every section with a change, as the server's and the script's drawing must show.
      const outline = async (date: string) =>
        (
          (await (
            await request.get(`${pagePath(locale, `terms/${date}`)}outline.json`)
          ).json()) as VersionOutline
        ).outline;
      const changes = compareOutlines(
        await outline(SINCE),
        await outline(VERSION),
        granularityFor(locale),
      );
      const counts = summarize(changes);
      expect(counts.marks).toBeGreaterThan(0);
      await page.goto(pair);
      await expect(page.locator('#comparison[data-drawn]')).toHaveCount(1);
      await expect(page.locator('#comparison .notice p').last()).toHaveText(
        fill(r.countsWithMarks!, counts),
      );
      await expect(page.locator('#comparison .redline-section')).toHaveCount(changes.length);
    });

    test('a pair that does not exist is a 404: reversed, or a version the document never had', async ({
      request,
    }) => {
      for (const path of [
        pagePath(locale, `terms/${SINCE}/changes/${VERSION}`),
        pagePath(locale, `terms/${VERSION}/changes/2020-01-01`),
        pagePath(locale, `terms/${VERSION}/changes/${VERSION}`),
        pagePath(locale, `nothing/${VERSION}/changes/${SINCE}`),
      ]) {
        expect((await request.get(path)).status(), path).toBe(404);
      }
    });
  });
}
