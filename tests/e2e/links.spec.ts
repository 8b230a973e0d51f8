// Links between the documents: written once without a language in content/, they open the
// same language's page and land on an existing section, as a reader or crawler would follow them.
import { expect, test } from '@playwright/test';
import { documents, LOCALES, pagePath } from './helpers';

for (const locale of LOCALES) {
  test(`every link inside the ${locale} documents reaches a page and section in ${locale}`, async ({
    page,
    request,
  }) => {
    const checked = new Set<string>();
    for (const doc of documents()) {
      await page.goto(pagePath(locale, doc));
      const hrefs = await page
        .locator('.legal-document__body a[href^="/"], .legal-document__body a[href^="#"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const href of hrefs) {
        const url = new URL(href, `http://site${pagePath(locale, doc)}`);
        // The page's own language: Chinese pages have no prefix, English ones start with /en/.
        expect(url.pathname.startsWith('/en/'), `${href} on ${doc}`).toBe(locale === 'en');
        const key = url.pathname + url.hash;
        if (checked.has(key)) continue;
        checked.add(key);
        const response = await request.get(url.pathname, { maxRedirects: 0 });
        expect(response.status(), `${href} on ${doc}`).toBe(200);
        if (url.hash) {
          const id = decodeURIComponent(url.hash.slice(1));
          expect(await response.text(), `${href} on ${doc}`).toContain(`id="${id}"`);
        }
      }
    }
    expect(checked.size).toBeGreaterThan(10);
  });
}

test('the privacy policy links its Site Terms and the Sinnet Customer Agreement', async ({
  page,
}) => {
  for (const locale of LOCALES) {
    await page.goto(pagePath(locale, 'privacy'));
    const section = page.locator('section, .legal-document__body').first();
    const terms = section.getByRole('link', {
      name: locale === 'en' ? 'Site Terms' : '《网站条款》',
    });
    await expect(terms.first()).toHaveAttribute('href', pagePath(locale, 'terms'));
    const agreement = section.getByRole('link', {
      name: locale === 'en' ? 'Sinnet Customer Agreement' : '《光环新网客户协议》',
      exact: true,
    });
    await expect(agreement.first()).toHaveAttribute(
      'href',
      /amazon\.cn\/gp\/help\/customer\/display\.html.*nodeId=200347160/,
    );
    await terms.first().click();
    await expect(page).toHaveURL(new RegExp(`${pagePath(locale, 'terms')}$`));
    await expect(page.locator('h1')).toHaveText(locale === 'en' ? 'Site Terms' : '网站条款');
  }
});

test('a section link between documents lands on the section in the same language', async ({
  page,
}) => {
  await page.goto('/en/terms/');
  await page.locator('.legal-document__body a[href="/en/privacy/#cookies"]').first().click();
  await expect(page).toHaveURL(/\/en\/privacy\/#cookies$/);
  await expect(page.locator('[id="cookies"]')).toBeInViewport();
});
