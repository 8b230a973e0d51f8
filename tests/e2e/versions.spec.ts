// The pages around each published document: its version history, a lasting page per version,
// the bilingual view, the Atom feeds and versions.json, checked against the content files. The
// same spec runs against `next start` and the static export. Documents with several versions are covered by
// the fixture build in new-document.spec.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { cachePolicy } from '@/lib/http/cache-policy.mjs';
import {
  abs,
  documents,
  earlierPublications,
  fill,
  frontmatter,
  frontmatterField,
  headings,
  historyPages,
  LOCALES,
  messages,
  pagePath,
  translationLabel,
  versionDates,
  type Locale,
} from './helpers';
import { HOST_ONLY_RUN } from '../support/host-run';

type Revision = { date: string; summary: string };
type Source = { path: string; sha256: string };

const feedOf = (locale: string) => (locale === 'en' ? '/en/feed.xml' : '/feed.xml');

// These read pages in the browser: against nginx with the export (BASE_URL), which
// tests/system/export-parity.test.ts proves sends the same bytes, they need not run again.
test.describe('each document, its version in force and its bilingual view', () => {
  test.skip(HOST_ONLY_RUN, 'reads pages; the export sends the same bytes as the site server');
  for (const doc of documents()) {
    for (const locale of LOCALES) {
      const t = messages(locale).versions!;
      const dates = versionDates(doc);
      const current = dates.at(-1)!;
      // A text dated by its source is the version published here, never said to be "in force".
      const stated = frontmatter(doc, locale).dateSource === 'source';

      test(`${pagePath(locale, doc)} links to its history and bilingual view`, async ({ page }) => {
        await page.goto(pagePath(locale, doc));
        const related = page.locator('.legal-document__header .legal-document__related a');
        await expect(related).toHaveText([t.history!, t.bilingual!]);
        await related.first().click();
        await expect(page).toHaveURL(pagePath(locale, `${doc}/history`));
        await expect(page.locator('.version-history > li')).toHaveCount(dates.length);
        // Newest first; the one in force is marked and leads to its lasting page.
        const first = page.locator('.version-history > li').first();
        await expect(first.locator('h2 time')).toHaveAttribute('datetime', current);
        await expect(first.locator('.version-history__in-force')).toHaveText(
          stated ? t.currentStated! : t.current!,
        );
        // The revisions of the translation of each version are listed with it, dated.
        const prevailing = frontmatterField(doc, locale, 'prevailingLanguage') as Locale;
        const translation = prevailing === 'en' ? 'zh-CN' : 'en';
        const revisions = (frontmatter(doc, translation).translationRevisions ?? []) as Revision[];
        const items = first.locator('.translation-revisions li');
        await expect(items).toHaveCount(revisions.length);
        for (const [index, { date, summary }] of revisions.entries()) {
          await expect(items.nth(index).locator('time')).toHaveAttribute('datetime', date);
          if (locale === translation) await expect(items.nth(index)).toContainText(summary);
        }
        await first.getByRole('link', { name: t.read }).click();
        await expect(page).toHaveURL(pagePath(locale, `${doc}/${current}`));
      });

      test(`${pagePath(locale, `${doc}/${current}`)} is the version in force, with the document as canonical`, async ({
        page,
        request,
      }) => {
        const response = await request.get(pagePath(locale, `${doc}/${current}`));
        expect(response.status()).toBe(200);
        await page.goto(pagePath(locale, `${doc}/${current}`));
        await expect(page.locator('h1')).toHaveText(frontmatterField(doc, locale, 'title'));
        const notice = page.locator('.notice');
        if (stated) {
          await expect(notice).toContainText(
            locale === 'en' ? 'the version this site publishes now' : '本网站当前发布的版本',
          );
          await expect(notice).not.toContainText(locale === 'en' ? 'in force' : '现行有效');
        } else {
          await expect(notice).toContainText(locale === 'en' ? 'the one in force' : '现行有效');
        }
        await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
          'href',
          abs(pagePath(locale, doc)),
        );
        const ids = headings(doc, locale).map((h) => h.id);
        await expect(page.locator('.table-of-contents a')).toHaveCount(ids.length);
        // A translation's version page carries the label, linked to the same version that prevails.
        const prevailing = frontmatterField(doc, locale, 'prevailingLanguage') as Locale;
        const label = page.locator('.legal-document__notices .translation-notice__label');
        if (prevailing === locale) {
          await expect(label).toHaveCount(0);
        } else {
          await expect(label).toContainText(translationLabel(locale, prevailing));
          await expect(label.locator('a')).toHaveAttribute(
            'href',
            pagePath(prevailing, `${doc}/${current}`),
          );
        }
        // The version in force has no earlier text, so no changes page, unless one is archived.
        if (dates.length === 1) {
          const changes = await request.get(pagePath(locale, `${doc}/${current}/changes`));
          expect(changes.status()).toBe(404);
        }
        expect((await request.get(pagePath(locale, `${doc}/1999-01-01`))).status()).toBe(404);
      });

      test(`${pagePath(locale, `${doc}/bilingual`)} pairs the two texts section by section`, async ({
        page,
      }) => {
        await page.goto(pagePath(locale, `${doc}/bilingual`));
        await expect(page.locator('.legal-document__related a')).toHaveText([
          frontmatterField(doc, locale, 'title'),
          t.history!,
        ]);
        const other = locale === 'en' ? 'zh-CN' : 'en';
        const rows = page.locator('.bilingual-document__row');
        const sections = headings(doc, locale).filter((h) => h.level === 2);
        const otherSections = headings(doc, other).filter((h) => h.level === 2);
        // Every section has a row; a document with an introduction has one more.
        const offset = (await rows.count()) - sections.length;
        expect([0, 1]).toContain(offset);
        for (const [index, heading] of sections.entries()) {
          const row = rows.nth(index + offset);
          await expect(row.locator(`[lang="${locale}"] h2`)).toContainText(heading.title);
          await expect(row.locator(`[lang="${locale}"] h2`)).toHaveAttribute('id', heading.id);
          await expect(row.locator(`[lang="${other}"] h2`)).toContainText(
            otherSections[index]!.title,
          );
          await expect(row.locator(`[lang="${other}"] h2`)).toHaveAttribute(
            'id',
            `${other}.${heading.id}`,
          );
        }
        const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
        expect(ids.length).toBe(new Set(ids).size);
        // The text that prevails says so in its language; the other is labelled a translation.
        const prevailing = frontmatterField(doc, locale, 'prevailingLanguage') as Locale;
        const translation = prevailing === 'en' ? 'zh-CN' : 'en';
        const inPrevailing = messages(prevailing).versions!;
        const languages = inPrevailing.languages as unknown as Record<Locale, string>;
        await expect(
          page.locator(`.legal-document__notices .notice--prevailing[lang="${prevailing}"]`),
        ).toHaveText(fill(inPrevailing.prevailing!, { language: languages[prevailing] }));
        await expect(
          page.locator(`.legal-document__notices .translation-notice[lang="${translation}"]`),
        ).toContainText(translationLabel(translation, prevailing));
        // A deep link lands on the row, with both texts of the section in view on a wide screen.
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(`${pagePath(locale, `${doc}/bilingual`)}#${sections[1]!.id}`);
        await expect(page.locator(`[id="${sections[1]!.id}"]`)).toBeInViewport();
        await expect(page.locator(`[id="${other}.${sections[1]!.id}"]`)).toBeInViewport();
      });
    }
  }
});

for (const locale of LOCALES) {
  test(`${feedOf(locale)} is an Atom feed with an entry per version, linked from the footer`, async ({
    page,
    request,
  }) => {
    const response = await request.get(feedOf(locale));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/atom\+xml/);
    const feed = await page.evaluate(
      (xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        if (doc.querySelector('parsererror')) return null;
        return {
          lang: doc.documentElement.getAttribute('xml:lang'),
          self: doc.querySelector('feed > link[rel="self"]')?.getAttribute('href'),
          entries: [...doc.querySelectorAll('entry')].map((e) => ({
            id: e.querySelector('id')?.textContent,
            title: e.querySelector('title')?.textContent,
            updated: e.querySelector('updated')?.textContent,
            link: e.querySelector('link[rel="alternate"]')?.getAttribute('href'),
          })),
        };
      },
      await response.text(),
    );
    expect(feed).not.toBeNull();
    expect(feed!.lang).toBe(locale);
    expect(feed!.self).toBe(abs(feedOf(locale)));
    // An entry per version, and one per text the site replaced in place.
    const expected = documents().flatMap((doc) =>
      versionDates(doc).flatMap((date) => [
        abs(pagePath(locale, `${doc}/${date}`)),
        ...earlierPublications(doc, date).map((e) =>
          abs(pagePath(locale, `${doc}/${date}/published/${e.published}`)),
        ),
      ]),
    );
    expect(feed!.entries.map((e) => e.id).sort()).toEqual(expected.sort());
    const updated = feed!.entries.map((e) => e.updated!);
    expect(updated).toEqual([...updated].sort().reverse());
    for (const entry of feed!.entries) {
      expect(entry.link).toBe(entry.id);
      const path = new URL(entry.link!).pathname;
      expect((await request.get(path)).status(), path).toBe(200);
    }

    await page.goto(pagePath(locale, 'privacy'));
    const link = page.locator('.legal-links').getByRole('link', {
      name: messages(locale).feed!.link,
    });
    await expect(link).toHaveAttribute('href', feedOf(locale));
  });
}

test('each history page, bilingual view and version page is served in both languages', async ({
  request,
}) => {
  for (const { path } of historyPages()) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
  }
});

// versions.json: the same list for programs, with the checksums of the files as published. The
// corrigenda are checked in new-document.spec.ts, whose fixture has one.
for (const doc of documents()) {
  for (const locale of LOCALES) {
    const json = `${pagePath(locale, doc)}versions.json`;
    test(`${json} is JSON with every version and the checksums of its files`, async ({
      request,
      page,
    }) => {
      const response = await request.get(json, { maxRedirects: 0 });
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/json');
      expect(response.headers()['cache-control']).toBe(cachePolicy.document);
      const body = await response.json();
      expect(body.schemaVersion).toBe(2);
      expect(body.language).toBe(locale);
      const versions = body.versions as {
        lastUpdated: string;
        sources: Source[];
        pdf: { url: string; sha256: string };
        publications?: { sources: Source[] }[];
      }[];
      expect(versions.map((v) => v.lastUpdated)).toEqual(versionDates(doc));
      // The files of earlier publications kept in the repository verify too.
      const kept = versions.flatMap((v) => (v.publications ?? []).flatMap((p) => p.sources));
      for (const { path, sha256 } of [...versions.flatMap((v) => v.sources), ...kept]) {
        expect(sha256, path).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
      }
      // The PDF as this server sends it has the checksum the list gives.
      for (const { pdf } of versions) {
        const served = await request.get(new URL(pdf.url).pathname);
        expect(served.status(), pdf.url).toBe(200);
        expect(pdf.sha256, pdf.url).toBe(
          createHash('sha256')
            .update(await served.body())
            .digest('hex'),
        );
      }
      await page.goto(pagePath(locale, `${doc}/history`));
      await page.locator('#main a[type="application/json"]').click();
      await expect(page).toHaveURL(json);
    });
  }
}
