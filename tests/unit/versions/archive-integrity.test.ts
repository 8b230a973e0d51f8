// Archived versions cannot change silently: the record (SHA256SUMS) that content:archive writes,
// the check that compares it with the files, and the erratum command that records a deliberate
// correction. Each test works in a temporary copy of the retention fixture (two archived versions).
import { execFile } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { archiveDocument, ArchiveRefusal, recordArchivedVersion } from '@/lib/versions/archive';
import { checkContent } from '@/lib/checks/check';
import { recordErratum, type PdfsBefore } from '@/lib/versions/erratum';
import { pdfsBeforeCorrection } from '@/lib/pdf/pdfs-before-correction';
import { compileDocument } from '@/lib/mdx/compile';
import { renderVersionPdf } from '@/lib/pdf/render-version-pdf';
import { displayPath } from '@/lib/content/library';
import { formatRecord, parseRecord, sha256 } from '@/lib/versions/version-record';

const FIXTURE = 'tests/fixtures/content/new-document/retention';
const TODAY = '2026-12-01';
const run = promisify(execFile);

let dir = '';
let version = '';
const file = (name: string) => path.join(version, name);
const shown = (name: string) => displayPath(file(name));
const read = (name: string) => readFile(file(name), 'utf8');
const check = async () =>
  (await checkContent({ dir, today: TODAY })).problems.map((p) => ({
    at: `${p.file}:${p.line}`,
    message: p.message,
    hint: p.hint,
  }));
const notes = {
  'zh-CN': '更正英文文本中备份期限的写法。',
  en: 'Writes the backup period as a figure.',
};

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-integrity-'));
  await cp(FIXTURE, path.join(dir, 'retention'), { recursive: true });
  version = path.join(dir, 'retention', 'versions', '2025-06-01');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the record of a version folder', () => {
  it('is in sha256sum format, one sorted line per file, and reads back', () => {
    const text = formatRecord([
      { name: 'zh-CN.mdx', sha256: 'b'.repeat(64) },
      { name: 'en.mdx', sha256: 'a'.repeat(64) },
    ]);
    expect(text).toBe(`${'a'.repeat(64)}  en.mdx\n${'b'.repeat(64)}  zh-CN.mdx\n`);
    expect(parseRecord(text)).toEqual({
      lines: [
        { name: 'en.mdx', sha256: 'a'.repeat(64), line: 1 },
        { name: 'zh-CN.mdx', sha256: 'b'.repeat(64), line: 2 },
      ],
      malformed: [],
    });
    // sha256sum's binary-mode marker is read; a short hash, a path and a repeated name are not.
    expect(
      parseRecord(
        `${'a'.repeat(64)} *en.mdx\n${'a'.repeat(63)}  x.mdx\n${'c'.repeat(64)}  ../x.mdx\n${'d'.repeat(64)}  en.mdx\n`,
      ).malformed,
    ).toEqual([2, 3, 4]);
  });

  it('is written by content:archive with the copies, and sha256sum -c accepts it', async () => {
    await archiveDocument('retention', dir);
    const folder = path.join(dir, 'retention', 'versions', '2025-11-20');
    const record = await readFile(path.join(folder, 'SHA256SUMS'), 'utf8');
    const en = await readFile(path.join(dir, 'retention', 'en.mdx'));
    const zh = await readFile(path.join(dir, 'retention', 'zh-CN.mdx'));
    expect(record).toBe(`${sha256(en)}  en.mdx\n${sha256(zh)}  zh-CN.mdx\n`);
    const { stdout } = await run('sha256sum', ['-c', 'SHA256SUMS'], { cwd: folder });
    expect(stdout).toBe('en.mdx: OK\nzh-CN.mdx: OK\n');
  });

  it('is made for a version archived without one, and never rewritten that way', async () => {
    const before = await read('SHA256SUMS');
    await unlink(file('SHA256SUMS'));
    expect(await recordArchivedVersion('retention', '2025-06-01', dir)).toContain(
      'recorded version 2025-06-01 of "retention"',
    );
    expect(await read('SHA256SUMS')).toBe(before);
    await expect(recordArchivedVersion('retention', '2025-06-01', dir)).rejects.toThrow(
      /SHA256SUMS exists already: .* npm run content:erratum/,
    );
    await expect(recordArchivedVersion('retention', '2020-01-01', dir)).rejects.toThrow(
      '"retention" has no archived version 2020-01-01; its archived versions are 2024-01-15, 2025-06-01',
    );
  });
});

describe('check:content on archived versions', () => {
  it('passes the fixture as it is', async () => {
    expect(await check()).toEqual([]);
  });

  it('stops a changed archived file, and says how to restore it or record an erratum', async () => {
    await appendFile(file('en.mdx'), '\nA sentence added later.\n');
    const actual = sha256(await read('en.mdx'));
    expect(await check()).toEqual([
      {
        at: `${shown('en.mdx')}:1`,
        message: `this archived text differs from its record in SHA256SUMS (SHA-256 ${actual}, recorded 67b7d15d48216096c9ad05ccd2fd2b063dd5bb250e4f9c9bd5110176994f21bd)`,
        hint: `a published version does not change: if the change was an accident, restore the file with git checkout -- ${shown('en.mdx')}; if it deliberately corrects an error, record an erratum: npm run content:erratum -- retention 2025-06-01 --zh-CN "<更正说明>" --en "<what was corrected>"`,
      },
    ]);
  });

  it('stops a file the record does not name', async () => {
    await writeFile(file('notes.txt'), 'draft\n');
    expect(await check()).toEqual([
      expect.objectContaining({
        at: `${shown('notes.txt')}:1`,
        message: 'notes.txt is not in the record of version 2025-06-01 (SHA256SUMS)',
      }),
    ]);
  });

  it('stops a record that names a file the folder lacks, at its line', async () => {
    await appendFile(file('SHA256SUMS'), `${'0'.repeat(64)}  annex.mdx\n`);
    expect(await check()).toEqual([
      {
        at: `${shown('SHA256SUMS')}:3`,
        message: `SHA256SUMS names annex.mdx, which is not in ${displayPath(version)}`,
        hint: `the published text was removed or renamed: restore it with git checkout -- ${shown('annex.mdx')}`,
      },
    ]);
  });

  it('stops a malformed record, at the line that cannot be read', async () => {
    const record = await read('SHA256SUMS');
    await writeFile(file('SHA256SUMS'), record.replace(/^([0-9a-f]+)  zh-CN/m, '$1 zh-CN'));
    const problems = await check();
    expect(problems.map((p) => `${p.at}  ${p.message}`)).toEqual([
      `${shown('SHA256SUMS')}:2  line 2 of SHA256SUMS is not "<SHA-256 in 64 hex digits>  <file name>" (or names a file twice)`,
      // The line that cannot be read names no file, so zh-CN.mdx is left without a record.
      `${shown('zh-CN.mdx')}:1  zh-CN.mdx is not in the record of version 2025-06-01 (SHA256SUMS)`,
    ]);
    expect(problems[0]?.hint).toContain(`git checkout -- ${shown('SHA256SUMS')}`);
  });

  it('stops a version folder without a record, and names the command that makes one', async () => {
    await unlink(file('SHA256SUMS'));
    expect(await check()).toEqual([
      {
        at: `${displayPath(version)}:1`,
        message: 'version 2025-06-01 of "retention" has no record of its files (SHA256SUMS)',
        hint: `if SHA256SUMS was deleted, restore it: git checkout -- ${shown('SHA256SUMS')}; for a version archived before records existed, make it: npm run content:archive -- retention 2025-06-01`,
      },
    ]);
  });

  it('stops a corrigenda file that lacks a language', async () => {
    await writeFile(
      file('corrigenda.yaml'),
      `corrigenda:\n  - date: 2026-12-01\n    note:\n      en: Corrects a typo.\n    before: {}\n    beforePdf: none\n`,
    );
    expect(await check()).toEqual([
      expect.objectContaining({
        at: `${shown('corrigenda.yaml')}:4`,
        message: 'corrigenda.yaml field "corrigenda.0.note.zh-CN" is missing',
      }),
    ]);
  });
});

/** The last commit of the temporary copy: the fixture's files, until a test commits others. */
let commits = new Map<string, string>();
const commit = async (name: string) => commits.set(file(name), await read(name));
const committed = async (path: string) => commits.get(path);
beforeEach(async () => {
  commits = new Map();
  await commit('en.mdx');
  await commit('zh-CN.mdx');
});
const pdfsBefore: PdfsBefore = (request) => pdfsBeforeCorrection({ ...request, committed });

/** The SHA-256 of the PDF the version's text `source` draws, with the days the fixture gives it. */
async function pdfOf(source: string, locale: 'en' | 'zh-CN') {
  const { frontmatter, tree } = await compileDocument(source, `retention/${locale}.mdx`);
  const days = { created: '2026-12-01', modified: '2026-12-01' };
  const pdf = await renderVersionPdf({
    slug: 'retention',
    locale,
    date: '2025-06-01',
    frontmatter,
    tree,
    days,
  });
  return sha256(pdf);
}

describe('npm run content:erratum', { timeout: 120_000 }, () => {
  const erratum = (request: Partial<Parameters<typeof recordErratum>[0]> = {}) =>
    recordErratum({
      slug: 'retention',
      date: '2025-06-01',
      notes,
      dir,
      today: TODAY,
      pdfsBefore,
      ...request,
    });
  const correct = async () =>
    writeFile(file('en.mdx'), (await read('en.mdx')).replace('ninety days', '90 days'));

  it('refuses when nothing changed, and changes nothing', async () => {
    const record = await read('SHA256SUMS');
    await expect(erratum()).rejects.toThrow(
      /^nothing changed: every file in .*\/2025-06-01\/ matches SHA256SUMS\. Correct the text there first/,
    );
    expect(await read('SHA256SUMS')).toBe(record);
    await expect(read('corrigenda.yaml')).rejects.toThrow(/ENOENT/);
  });

  it('refuses a version that does not exist, the text in force, and a missing document', async () => {
    await correct();
    await expect(erratum({ date: '2025-06-02' })).rejects.toThrow(
      '"retention" has no archived version 2025-06-02; its archived versions are 2024-01-15, 2025-06-01',
    );
    await expect(erratum({ date: '2025-11-20' })).rejects.toThrow(
      /^2025-11-20 is the text of "retention" in force, not an archived version: correct .*\/retention\/<language>\.mdx directly/,
    );
    await expect(erratum({ date: undefined })).rejects.toThrow(/^name the version corrected/);
    await expect(erratum({ slug: 'retentoin' })).rejects.toBeInstanceOf(ArchiveRefusal);
    await expect(erratum({ slug: 'retentoin' })).rejects.toThrow(
      /^there is no document "retentoin": npm run content:erratum -- <doc> <date> .*, where <doc> is one of retention$/,
    );
  });

  it('refuses a note missing in a language', async () => {
    await correct();
    await expect(erratum({ notes: { en: notes.en, 'zh-CN': '  ' } })).rejects.toThrow(
      /^say what was corrected in every language \(missing: --zh-CN\), for example: npm run content:erratum -- retention 2025-06-01 --zh-CN/,
    );
  });

  it('records a correction: the check passes again and the earlier checksum is kept', async () => {
    const before = sha256(await read('en.mdx'));
    await correct();
    expect((await check()).map((p) => p.at)).toEqual([`${shown('en.mdx')}:1`]);
    const message = await erratum();
    const after = sha256(await read('en.mdx'));
    expect(message).toContain(`en.mdx  ${before} → ${after}`);
    expect(await check()).toEqual([]);
    expect(parseRecord(await read('SHA256SUMS')).lines.map((l) => [l.name, l.sha256])).toEqual([
      ['en.mdx', after],
      ['zh-CN.mdx', sha256(await read('zh-CN.mdx'))],
    ]);
    // A second correction is appended after the first, with the checksum the file had then; the
    // first correction was committed before it.
    await commit('en.mdx');
    await writeFile(file('en.mdx'), (await read('en.mdx')).replace('90 days', '90 calendar days'));
    await erratum({
      today: '2026-12-02',
      notes: { 'zh-CN': '再次更正。', en: 'Corrects it again.' },
    });
    const recorded = parse(await read('corrigenda.yaml')) as {
      corrigenda: { beforePdf: Record<string, string> }[];
    };
    expect(recorded).toEqual({
      corrigenda: [
        { date: TODAY, note: notes, before: { 'en.mdx': before }, beforePdf: expect.any(Object) },
        {
          date: '2026-12-02',
          note: { 'zh-CN': '再次更正。', en: 'Corrects it again.' },
          before: { 'en.mdx': after },
          beforePdf: expect.any(Object),
        },
      ],
    });
    // The PDFs as published until each correction: drawn from the text as it was then.
    const [first] = recorded.corrigenda;
    expect(Object.keys(first!.beforePdf).sort()).toEqual([
      'retention-2025-06-01-en.pdf',
      'retention-2025-06-01-zh-CN.pdf',
    ]);
    const original = await readFile(path.join(FIXTURE, 'versions/2025-06-01/en.mdx'), 'utf8');
    const corrected = commits.get(file('en.mdx'))!;
    expect(first!.beforePdf['retention-2025-06-01-en.pdf']).toBe(await pdfOf(original, 'en'));
    expect(first!.beforePdf['retention-2025-06-01-en.pdf']).not.toBe(await pdfOf(corrected, 'en'));
    expect(first!.beforePdf['retention-2025-06-01-zh-CN.pdf']).toBe(
      await pdfOf(await read('zh-CN.mdx'), 'zh-CN'),
    );
    expect(await check()).toEqual([]);
  });

  it('refuses when the text as published is not the last committed one, and changes nothing', async () => {
    await correct();
    const record = await read('SHA256SUMS');
    await expect(
      erratum({
        pdfsBefore: (r) => pdfsBeforeCorrection({ ...r, committed: async () => 'other' }),
      }),
    ).rejects.toThrow(/as published \(SHA-256 [0-9a-f]{64}\) is not the one in the last commit/);
    expect(await read('SHA256SUMS')).toBe(record);
    await expect(read('corrigenda.yaml')).rejects.toThrow(/ENOENT/);
  });

  it('refuses a correction that changes the version date', async () => {
    await writeFile(
      file('en.mdx'),
      (await read('en.mdx')).replace('lastUpdated: 2025-06-01', 'lastUpdated: 2025-06-02'),
    );
    await expect(erratum()).rejects.toThrow(/now says lastUpdated: 2025-06-02; a correction keeps/);
    await expect(read('corrigenda.yaml')).rejects.toThrow(/ENOENT/);
  });

  // A child process on a shared machine can take seconds to start; the test waits for it.
  it('exits with 1 and says why from the command line', { timeout: 60_000 }, async () => {
    const error = (await run(
      'npx',
      ['tsx', 'scripts/content-erratum.ts', 'retention', '2025-06-01', '--en', 'Fix.'],
      { env: { ...process.env, CONTENT_DIR: dir } },
    ).catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(error.code).toBe(1);
    expect(error.stderr).toContain(
      'content:erratum: say what was corrected in every language (missing: --zh-CN)',
    );
    expect(error.stderr).toContain('nothing was recorded');
  });
});
