// The PDF of every published version in both languages, read back with poppler (pdftotext,
// pdffonts, pdfinfo) as a reader's viewer would: every heading and paragraph of the source, both
// dates, the lasting address, the translation label exactly where the text does not prevail, the
// filing numbers and "Page N of M" on every page, every font embedded, a CJK font present, no
// Chinese line starting with a closing mark, the size budget, and the same bytes every time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { locales, type Locale } from '@/i18n/routing';
import { compileFile } from '@/lib/content/library';
import { documentsWithVersions, fileOf } from '@/lib/versions/versions';
import { formatDate } from '@/lib/dates';
import { statedEffective } from '@/lib/mdx/frontmatter';
import { PDF_BUDGET_BYTES } from '@/lib/pdf/pdf-files';
import { renderVersionPdf, type VersionPdfInput } from '@/lib/pdf/render-version-pdf';
import { absoluteUrl, filings } from '@/lib/site-config';
import { versionPaths } from '@/lib/versions/version-paths';
import { pdfDays } from '@/lib/versions/publication-days';
import { versionIntegrity } from '@/lib/versions/version-integrity';

const folder = mkdtempSync(path.join(tmpdir(), 'version-pdf-'));
const messages = (locale: Locale) => JSON.parse(readFileSync(`locales/${locale}.json`, 'utf8'));
/** All white space removed: pdftotext breaks lines where the PDF does, not where the source did. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

type Case = VersionPdfInput & {
  outline: Awaited<ReturnType<typeof compileFile>>['doc']['outline'];
  pdf: Buffer;
  file: string;
};
const cases: Case[] = [];

beforeAll(async () => {
  for (const { slug, versions } of await documentsWithVersions()) {
    for (const version of versions) {
      const days = pdfDays((await versionIntegrity(slug, version)).days);
      for (const locale of locales) {
        const { doc } = await compileFile(fileOf(slug, version, locale));
        const input = {
          slug,
          locale,
          date: version.date,
          frontmatter: doc.frontmatter,
          tree: doc.tree,
          days,
        };
        const pdf = await renderVersionPdf(input);
        const file = path.join(folder, `${slug}-${version.date}-${locale}.pdf`);
        writeFileSync(file, pdf);
        cases.push({ ...input, outline: doc.outline, pdf, file });
      }
    }
  }
}, 120_000);

afterEach(() => {
  vi.useRealTimers();
});

const pdftotext = (file: string, ...args: string[]) =>
  execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });

describe('the PDF of every published version', () => {
  it('covers every document and version in both languages', async () => {
    const expected = (await documentsWithVersions()).flatMap(({ slug, versions }) =>
      versions.flatMap((v) => locales.map((l) => `${slug} ${v.date} ${l}`)),
    );
    expect(cases.map((c) => `${c.slug} ${c.date} ${c.locale}`)).toEqual(expected);
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  it('holds every heading, paragraph and list item of its source, in order', () => {
    for (const c of cases) {
      const t = messages(c.locale);
      const title = t.versions.versionTitle
        .replace('{title}', c.frontmatter.title)
        .replace('{date}', formatDate(c.locale, c.date));
      const pages = pdftotext(c.file)
        .split('\f')
        .filter((p) => p.trim() !== '');
      // The header and footer of each page interrupt a paragraph that runs on to the next page.
      const body = pages
        .map((page, index) => {
          let text = squeeze(page);
          const label = squeeze(
            t.pdf.page
              .replace('{page}', String(index + 1))
              .replace('{pages}', String(pages.length)),
          );
          // The footer is the page's last text, the header (after the first page) its first.
          for (const part of [label, filings.icp.number, '|', filings.publicSecurity.number]) {
            const at = text.lastIndexOf(squeeze(part));
            if (at !== -1) text = text.slice(0, at) + text.slice(at + squeeze(part).length);
          }
          return index > 0 ? text.replace(squeeze(title), '') : text;
        })
        .join('');
      // pdftotext joins a word hyphenated at the end of a line ("non-" "transferable") without
      // its hyphen, so hyphens are left out of the comparison on both sides.
      const words = body.replaceAll('-', '');
      let from = 0;
      for (const section of c.outline) {
        for (const block of section.blocks) {
          const at = words.indexOf(squeeze(block.text).replaceAll('-', ''), from);
          expect(
            at,
            `${c.file}: "${block.text.slice(0, 60)}…" (${block.kind})`,
          ).toBeGreaterThanOrEqual(0);
          from = at;
        }
      }
      expect(c.outline.flatMap((s) => s.blocks).length).toBeGreaterThan(5);
    }
  });

  it('opens with the title, its dates and the lasting address of the version', () => {
    for (const c of cases) {
      const t = messages(c.locale).pdf;
      const text = pdftotext(c.file);
      const effective = statedEffective(c.frontmatter);
      const opening = text.slice(0, 400);
      const published = formatDate(c.locale, c.date);
      expect(opening.startsWith(c.frontmatter.title)).toBe(true);
      if (effective === undefined) {
        // A text dated by its source: the opening says the date is the text's own and leaves it
        // to the text's own first line; no publication or effective date.
        expect(opening).toContain(t.statedInText);
        expect(opening).not.toContain(t.statedLastUpdated.replace('{date}', published));
        expect(squeeze(text)).toContain(squeeze(c.outline[0]!.blocks[0]!.text));
        expect(c.outline[0]!.blocks[0]!.text).toContain(published);
        expect(opening).not.toContain(t.published.replace('{date}', ''));
        expect(opening).not.toContain(t.effective.replace('{date}', ''));
      } else {
        expect(opening).toContain(t.published.replace('{date}', published));
        expect(opening).toContain(t.effective.replace('{date}', formatDate(c.locale, effective)));
      }
      expect(opening).toContain(absoluteUrl(versionPaths(c.locale, c.slug).version(c.date)));
    }
  });

  it('carries the translation label exactly where the language does not prevail', () => {
    let labelled = 0;
    for (const c of cases) {
      const t = messages(c.locale).versions;
      const names = t.languages as Record<Locale, string>;
      const label = t.translationLabel
        .replace('{own}', names[c.locale])
        .replaceAll('{prevailing}', names[c.frontmatter.prevailingLanguage]);
      const text = squeeze(pdftotext(c.file));
      const translated = c.locale !== c.frontmatter.prevailingLanguage;
      expect(text.includes(squeeze(label)), `${c.file}: translation label`).toBe(translated);
      if (translated) labelled += 1;
    }
    expect(labelled).toBeGreaterThan(0);
    expect(labelled).toBeLessThan(cases.length);
  });

  it('has the filing numbers and "Page N of M" at the foot of every page', () => {
    for (const c of cases) {
      const label = messages(c.locale).pdf.page as string;
      const info = execFileSync('pdfinfo', [c.file], { encoding: 'utf8' });
      const count = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
      expect(count).toBeGreaterThan(1);
      const pages = pdftotext(c.file).split('\f').slice(0, count);
      expect(pages).toHaveLength(count);
      pages.forEach((page, index) => {
        const where = `${c.file} page ${index + 1}`;
        expect(page, where).toContain(filings.publicSecurity.number);
        expect(page, where).toContain(filings.icp.number);
        const n = label.replace('{page}', String(index + 1)).replace('{pages}', String(count));
        expect(page, where).toContain(n);
      });
    }
  });

  it('embeds every font it uses, Noto Sans SC among them, with its title and language', () => {
    for (const c of cases) {
      const rows = execFileSync('pdffonts', [c.file], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .slice(2);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        // name type... encoding emb sub uni object ID: "emb" is the fourth column from the end.
        const columns = row.trim().split(/\s+/);
        expect(columns.at(-5), `${c.file}: ${row}`).toBe('yes');
      }
      expect(rows.some((row) => /NotoSansSC/.test(row))).toBe(true);
      const raw = c.pdf.toString('latin1');
      expect(raw).toContain(`/Lang (${c.locale})`);
      const info = execFileSync('pdfinfo', [c.file], { encoding: 'utf8' });
      expect(info).toMatch(new RegExp(`^Title:\\s+${c.frontmatter.title}`, 'm'));
    }
  });

  it('breaks Chinese lines only where Chinese allows (no line opens with a closing mark)', () => {
    const zh = cases.filter((c) => c.locale === 'zh-CN');
    expect(zh.length).toBeGreaterThan(0);
    for (const c of zh) {
      const lines = pdftotext(c.file, '-layout')
        .split('\n')
        .map((l) => l.trim());
      expect(
        lines.filter((l) => /^[。，、；：！？）》」』】”’…]/.test(l)),
        c.file,
      ).toEqual([]);
      expect(
        lines.filter((l) => /[（《「『【“‘]$/.test(l)),
        c.file,
      ).toEqual([]);
    }
  });

  it('stays within the size budget', () => {
    for (const c of cases) {
      expect(c.pdf.length, `${c.file}: ${c.pdf.length} bytes`).toBeLessThanOrEqual(
        PDF_BUDGET_BYTES,
      );
    }
  });

  it('is the same bytes whenever it is drawn, whatever the clock says', async () => {
    const [first] = cases;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-15T09:30:00Z'));
    const again = await renderVersionPdf(first!);
    expect(again.equals(first!.pdf)).toBe(true);
    // The dates inside come from the records (midnight in Beijing), not from the day it was drawn.
    const midnight = (day: string) => new Date(`${day}T00:00:00+08:00`).toISOString().slice(0, 19);
    const info = execFileSync('pdfinfo', ['-isodates', first!.file], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`^CreationDate:\\s+${midnight(first!.days!.created)}`, 'm'));
    expect(info).toMatch(new RegExp(`^ModDate:\\s+${midnight(first!.days!.modified)}`, 'm'));
  });

  it('is dated by the days the site published and changed it, never by a date no record gives', () => {
    const privacy = cases.find((c) => c.slug === 'privacy' && c.locale === 'en')!;
    // First published here on 2026-11-29, before the site published any PDF (2026-12-01); its
    // text last changed in place on 2026-12-07 (content/privacy/publications.yaml).
    expect(privacy.days).toEqual({ created: '2026-12-01', modified: '2026-12-07' });
    const corrected = cases.find((c) => c.slug === 'terms' && c.date === '2026-12-01')!;
    expect(corrected.days).toEqual({ created: '2026-12-01', modified: '2026-12-07' });
  });

  it('is dated by the text’s own date when no record says when the site published it', async () => {
    const [first] = cases;
    const file = path.join(folder, 'undated.pdf');
    writeFileSync(file, await renderVersionPdf({ ...first!, days: undefined }));
    const info = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
    const midnight = new Date(`${first!.date}T00:00:00+08:00`).toISOString().slice(0, 19);
    expect(info).toMatch(new RegExp(`^CreationDate:\\s+${midnight}`, 'm'));
  });
});
