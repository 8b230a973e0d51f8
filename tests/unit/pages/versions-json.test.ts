// /<doc>/versions.json: its schema (docs/versions.md, "Keeping a copy and checking it"), and that
// every checksum it publishes is the SHA-256 of the file it names, for the published documents
// and for the fixture with three versions, one of them corrected by an erratum.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { locales } from '@/i18n/routing';
import { listDocuments } from '@/lib/content/library';
import { versionsJson } from '@/lib/pages/versions-json';

const FIXTURE = 'tests/fixtures/content/new-document';
const SITE = 'https://www.amazonaws.cn';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const url = z.url().startsWith(`${SITE}/`);
const language = z.enum(locales);
const schema = z.strictObject({
  schemaVersion: z.literal(2),
  document: z.string(),
  language,
  title: z.string().min(1),
  url,
  history: url,
  versions: z
    .array(
      z.strictObject({
        lastUpdated: date,
        dateSource: z.enum(['source', 'legal-team']),
        published: date.nullable(),
        changed: date.nullable(),
        effective: date.nullable(),
        archived: z.boolean(),
        title: z.string().min(1),
        changeSummary: z.string().min(1).nullable(),
        url,
        changes: url.nullable(),
        pdf: z.strictObject({ url: url.endsWith('.pdf'), sha256: sha256.nullable() }),
        sources: z.array(z.strictObject({ language, path: z.string(), sha256 })).length(2),
        corrigenda: z.array(
          z.strictObject({
            date,
            note: z.string().min(1),
            before: z.array(z.strictObject({ path: z.string(), sha256 })).min(1),
            beforePdf: z
              .array(z.strictObject({ name: z.string().endsWith('.pdf'), sha256 }))
              .nullable(),
          }),
        ),
        publications: z.array(
          z.strictObject({
            published: date,
            replaced: date,
            prevailingLanguage: language,
            note: z.string().min(1),
            url,
            sources: z.array(z.strictObject({ language, path: z.string(), sha256 })).length(2),
            pdf: z.strictObject({
              published: z
                .array(z.strictObject({ name: z.string().endsWith('.pdf'), sha256 }))
                .nullable(),
              url: url.endsWith('.pdf'),
              sha256: sha256.nullable(),
            }),
          }),
        ),
        withdrawn: z.array(z.strictObject({ from: date, to: date, note: z.string().min(1) })),
      }),
    )
    .min(1),
});

const fileSum = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

describe('versions.json', () => {
  it('follows its schema and gives the SHA-256 of every published source file', async () => {
    for (const slug of await listDocuments()) {
      for (const locale of locales) {
        const json = schema.parse(await versionsJson(slug, locale));
        expect(json.versions.at(-1)?.archived).toBe(false);
        const kept = json.versions.flatMap((v) => v.publications.flatMap((p) => p.sources));
        for (const source of [...json.versions.flatMap((v) => v.sources), ...kept]) {
          expect(source.path).toMatch(new RegExp(`^content/${slug}/`));
          expect(source.sha256, source.path).toBe(await fileSum(source.path));
        }
      }
    }
  });

  it('says the privacy policy is dated by its source and keeps its earlier publications', async () => {
    for (const locale of locales) {
      const json = schema.parse(await versionsJson('privacy', locale));
      const current = json.versions.at(-1)!;
      expect(current).toMatchObject({ dateSource: 'source', effective: null });
      // Published with the Chinese text prevailing from 2026-11-29, the English from 2026-12-01,
      // and replaced in place on 2026-12-03 and 2026-12-07; dated by those days alone.
      expect(
        current.publications.map((p) => [p.published, p.replaced, p.prevailingLanguage]),
      ).toEqual([
        ['2026-11-29', '2026-12-01', 'zh-CN'],
        ['2026-12-01', '2026-12-03', 'en'],
        ['2026-12-03', '2026-12-07', 'en'],
      ]);
      expect(current).toMatchObject({ published: '2026-11-29', changed: '2026-12-07' });
      // No PDF was published before 2026-12-01; each later one is named with its checksum.
      expect(
        current.publications.map((p) => p.pdf.published && p.pdf.published.map((f) => f.name)),
      ).toEqual([
        null,
        ['privacy-2017-03-09-en.pdf', 'privacy-2017-03-09-zh-CN.pdf'],
        ['privacy-2017-03-09-en.pdf', 'privacy-2017-03-09-zh-CN.pdf'],
      ]);
      expect(current.publications[0]!.url).toBe(
        `${SITE}${locale === 'en' ? '/en' : ''}/privacy/2017-03-09/published/2026-11-29/`,
      );
      expect(current.withdrawn.map((w) => [w.from, w.to])).toEqual([['2026-11-29', '2026-12-03']]);
      for (const slug of ['terms', 'legal']) {
        const other = schema.parse(await versionsJson(slug, locale));
        expect(other.versions.every((v) => v.dateSource === 'legal-team' && v.effective)).toBe(
          true,
        );
      }
    }
  });

  it('lists the versions oldest first with their addresses, PDF and corrigenda', async () => {
    const en = schema.parse(await versionsJson('retention', 'en', FIXTURE));
    expect(en.url).toBe(`${SITE}/en/retention/`);
    expect(en.history).toBe(`${SITE}/en/retention/history/`);
    expect(en.versions.map((v) => [v.lastUpdated, v.effective, v.archived])).toEqual([
      ['2024-01-15', '2024-01-15', true],
      ['2025-06-01', '2025-06-01', true],
      ['2025-11-20', '2025-11-20', false],
    ]);
    const [first, second] = en.versions;
    expect(first).toMatchObject({
      url: `${SITE}/en/retention/2024-01-15/`,
      changes: null,
      changeSummary: null,
      pdf: { url: `${SITE}/en/retention/2024-01-15/retention-2024-01-15-en.pdf`, sha256: null },
      sources: [
        { language: 'zh-CN', path: `content/retention/versions/2024-01-15/zh-CN.mdx` },
        { language: 'en', path: `content/retention/versions/2024-01-15/en.mdx` },
      ],
    });
    expect(second?.changes).toBe(`${SITE}/en/retention/2025-06-01/changes/`);
    // Paths are the files' place in the repository, whichever folder the build read.
    for (const source of en.versions.flatMap((v) => v.sources)) {
      expect(source.path).toMatch(/^content\/retention\//);
      expect(source.sha256).toBe(await fileSum(source.path.replace(/^content/, FIXTURE)));
    }
    // The erratum's note in the file's language, and the checksum the English text had before.
    const [corrigendum] = first!.corrigenda;
    expect(corrigendum).toEqual({
      date: '2026-12-01',
      note: 'Corrects the spelling of “account” in “What We Keep”.',
      before: [
        {
          path: `content/retention/versions/2024-01-15/en.mdx`,
          sha256: 'f9450f8898e3ba69be4cc76995139c3a50d01dd4eacb7120833e5ba11bbd0668',
        },
      ],
      beforePdf: null,
    });
    expect(corrigendum?.before[0]?.sha256).not.toBe(first?.sources[1]?.sha256);
    const zh = schema.parse(await versionsJson('retention', 'zh-CN', FIXTURE));
    expect(zh.url).toBe(`${SITE}/retention/`);
    expect(zh.versions[0]?.pdf.url).toBe(
      `${SITE}/retention/2024-01-15/retention-2024-01-15-zh-CN.pdf`,
    );
    expect(zh.versions[0]?.corrigenda[0]?.note).toBe(
      '更正英文文本“我们保留的信息”一节中“account”一词的拼写错误。',
    );
  });
});
