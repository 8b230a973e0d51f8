// The PDF of each version, as a reader reaches it: linked as "Download PDF" / "下载 PDF" with
// its size from the document's page (the version in force), from each version's page and per
// version from the history, answered 200 application/pdf with the site's headers and an ETag,
// the size the link states. The same spec runs against `npm start` and the export under nginx.
import { expect, test } from '@playwright/test';
import { documents, LOCALES, messages, pagePath, versionDates, type Locale } from './helpers';

const pdfPath = (locale: Locale, doc: string, date: string) =>
  `${pagePath(locale, `${doc}/${date}`)}${doc}-${date}-${locale}.pdf`;

/** "Download PDF (149 KB)" for this file's size, as the pages write it. */
const label = (locale: Locale, bytes: number) =>
  messages(locale).pdf!.downloadWithSize!.replace(
    '{size}',
    String(Math.max(1, Math.round(bytes / 1024))),
  );

for (const doc of documents()) {
  for (const locale of LOCALES) {
    const dates = versionDates(doc);
    const current = dates.at(-1)!;

    test(`${pagePath(locale, doc)} links the PDF of the version in force, which answers as a PDF`, async ({
      page,
      request,
    }) => {
      const href = pdfPath(locale, doc, current);
      const response = await request.get(href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      expect(response.headers()['etag']).toBeTruthy();
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
      const body = await response.body();
      expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      await page.goto(pagePath(locale, doc));
      const link = page.locator('.legal-document__header .pdf-link a');
      await expect(link).toHaveAttribute('href', href);
      await expect(link).toHaveAttribute('type', 'application/pdf');
      await expect(link).toHaveText(label(locale, body.length));

      // A browser that holds it revalidates and gets 304.
      const again = await request.get(href, {
        headers: { 'If-None-Match': response.headers()['etag']! },
      });
      expect(again.status()).toBe(304);
    });

    test(`${pagePath(locale, `${doc}/history`)} and each version's page link that version's PDF`, async ({
      page,
      request,
    }) => {
      await page.goto(pagePath(locale, `${doc}/history`));
      // Newest first, one PDF per version.
      const links = page.locator('.version-history > li .pdf-link a');
      await expect(links).toHaveCount(dates.length);
      const newestFirst = [...dates].reverse();
      for (const [index, date] of newestFirst.entries()) {
        const href = pdfPath(locale, doc, date);
        await expect(links.nth(index)).toHaveAttribute('href', href);
        const response = await request.get(href);
        expect(response.status(), href).toBe(200);
        expect(response.headers()['content-type']).toBe('application/pdf');
        await expect(links.nth(index)).toHaveText(label(locale, (await response.body()).length));
      }
      for (const date of dates) {
        await page.goto(pagePath(locale, `${doc}/${date}`));
        await expect(page.locator('.legal-document__header .pdf-link a')).toHaveAttribute(
          'href',
          pdfPath(locale, doc, date),
        );
      }
    });
  }
}

test('a PDF answers a Range request as the site answers one for its other files', async ({
  request,
}) => {
  const [doc] = documents();
  const href = pdfPath('en', doc!, versionDates(doc!).at(-1)!);
  const whole = await (await request.get(href)).body();
  const [pdf, script] = await Promise.all(
    [href, '/site.js'].map((path) => request.get(path, { headers: { Range: 'bytes=0-4' } })),
  );
  expect(pdf!.status()).toBe(script!.status());
  // 206 with the first five bytes from the site's server; nginx sends whole files (200).
  if (pdf!.status() === 206) {
    expect((await pdf!.body()).toString('latin1')).toBe('%PDF-');
    expect(pdf!.headers()['content-range']).toBe(`bytes 0-4/${whole.length}`);
  } else {
    expect((await pdf!.body()).equals(whole)).toBe(true);
  }
});

test('a PDF that is not published is the 404 page', async ({ request }) => {
  const [doc] = documents();
  const response = await request.get(pdfPath('en', doc!, '1999-01-01'));
  expect(response.status()).toBe(404);
  expect(response.headers()['content-type']).toContain('text/html');
});
