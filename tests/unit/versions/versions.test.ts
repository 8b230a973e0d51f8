// The pieces of document history that need no server: the update-notice window, the Atom
// writer, the split of a document into sections for the bilingual view, and content:archive.
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isValidElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ArchiveRefusal, archiveDocument } from '@/lib/versions/archive';
import { checkContent } from '@/lib/checks/check';
import { loadDocument } from '@/lib/content/library';
import { splitSections } from '@/lib/pages/split-sections';
import { listVersions } from '@/lib/versions/versions';
import { atomFeed } from '@/lib/pages/atom';
import { formatDate, isRecent } from '@/lib/dates';

const FIXTURES = 'tests/fixtures/content/new-document';

describe('dates', () => {
  it('formats a document date in each language without sliding a day', () => {
    expect(formatDate('zh-CN', '2017-03-09')).toBe('2017年3月9日');
    expect(formatDate('en', '2017-03-09')).toBe('March 9, 2017');
  });

  it('counts a change as recent for the configured number of days, never before its date', () => {
    expect(isRecent('2026-11-29', '2026-11-29', 30)).toBe(true);
    expect(isRecent('2026-10-30', '2026-11-29', 30)).toBe(true);
    expect(isRecent('2026-10-29', '2026-11-29', 30)).toBe(false);
    expect(isRecent('2026-11-30', '2026-11-29', 30)).toBe(false);
    expect(isRecent('2026-11-29', '2026-11-29', 0)).toBe(true);
  });
});

describe('atomFeed', () => {
  it('writes the entries with their links and escapes every text', () => {
    const xml = atomFeed({
      id: 'https://example.cn/feed.xml',
      title: 'Updates & <news>',
      language: 'en',
      self: 'https://example.cn/feed.xml',
      alternate: 'https://example.cn/',
      author: 'Operator "Co."',
      entries: [
        {
          id: 'https://example.cn/a/2020-01-01/',
          title: 'A <b>',
          date: '2020-01-01',
          summary: 'First & only',
          link: 'https://example.cn/a/2020-01-01/',
        },
        {
          id: 'https://example.cn/a/2021-01-01/',
          title: 'A',
          date: '2021-01-01',
          summary: 'Second',
          link: 'https://example.cn/a/2021-01-01/',
          related: 'https://example.cn/a/2021-01-01/changes/?x=1&y=2',
          published: '2020-12-01',
          effective: '2021-01-01',
        },
      ],
    });
    // Both dates of a version: Atom's own <published>, and the day it applies from in Dublin Core.
    expect(xml).toContain('xmlns:dcterms="http://purl.org/dc/terms/"');
    expect(xml).toContain('<published>2020-12-01T00:00:00+08:00</published>');
    expect(xml).toContain('<dcterms:valid>start=2021-01-01; scheme=W3C-DTF</dcterms:valid>');
    expect(xml.match(/<published>/g)).toHaveLength(1);
    expect(xml).toContain('<title>Updates &amp; &lt;news&gt;</title>');
    expect(xml).toContain('<name>Operator &quot;Co.&quot;</name>');
    expect(xml).toContain('<updated>2021-01-01T00:00:00+08:00</updated>');
    expect(xml).toContain('<title>A &lt;b&gt;</title>');
    expect(xml).toContain('href="https://example.cn/a/2021-01-01/changes/?x=1&amp;y=2"');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml.match(/rel="related"/g)).toHaveLength(1);
  });
});

describe('splitSections', () => {
  it('gives the introduction and each section of a document, in order', async () => {
    const doc = await loadDocument('retention', 'en', FIXTURES);
    const parts = splitSections(doc.Content, {});
    expect(parts.map((p) => p.id)).toEqual(['', 'what-we-keep', 'how-long', 'deletion', 'contact']);
    expect(parts.every((p) => p.nodes.length > 0 && p.nodes.every(isValidElement))).toBe(true);
  });
});

describe('listVersions', () => {
  it('lists the archived versions, oldest first, and the one in force last', async () => {
    expect(await listVersions('retention', FIXTURES)).toEqual([
      { date: '2024-01-15', effective: '2024-01-15', archived: true, dateSource: 'legal-team' },
      { date: '2025-06-01', effective: '2025-06-01', archived: true, dateSource: 'legal-team' },
      { date: '2025-11-20', effective: '2025-11-20', archived: false, dateSource: 'legal-team' },
    ]);
  });

  it('reads each version’s effective date, later than its publication when announced', async () => {
    expect(await listVersions('transfers', 'tests/fixtures/content/effective-dates')).toEqual([
      { date: '2028-03-01', effective: '2028-03-01', archived: true, dateSource: 'legal-team' },
      { date: '2029-06-01', effective: '2029-07-01', archived: true, dateSource: 'legal-team' },
      { date: '2029-12-01', effective: '2030-01-01', archived: false, dateSource: 'legal-team' },
    ]);
  });
});

describe('npm run content:archive', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  // The function the command runs, called in this process: spawning `npx tsx` twice took ~5 s
  // of a 5 s timeout on a busy machine. scripts/archive-content.ts only prints its answer.
  const archive = (doc: string) => archiveDocument(doc, dir);

  it('copies the text in force to versions/<date>/, then refuses to do it twice', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'archive-'));
    await cp(`${FIXTURES}/retention`, path.join(dir, 'retention'), { recursive: true });
    const stdout = await archive('retention');
    expect(stdout).toContain('archived "retention" as of 2025-11-20');
    expect(stdout).toContain('set changeSummary to one or two sentences');
    for (const locale of ['en', 'zh-CN']) {
      expect(
        await readFile(path.join(dir, 'retention/versions/2025-11-20', `${locale}.mdx`)),
      ).toEqual(await readFile(path.join(dir, 'retention', `${locale}.mdx`)));
    }
    // Until the text is edited and dated, the content check says what to do next.
    const { problems } = await checkContent({ dir, today: '2026-11-29' });
    expect(problems.map((p) => p.message)).toEqual([
      'this text is already archived as version 2025-11-20 (versions/2025-11-20/)',
      'this text is already archived as version 2025-11-20 (versions/2025-11-20/)',
    ]);
    const again = await archive('retention').catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ArchiveRefusal);
    expect((again as Error).message).toContain('the version of 2025-11-20 is already archived');
    expect(await readdir(path.join(dir, 'retention/versions'))).toHaveLength(3);
  });

  it('names the documents when the one asked for does not exist', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'archive-'));
    await cp(`${FIXTURES}/retention`, path.join(dir, 'retention'), { recursive: true });
    const failure = await archive('privacy').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ArchiveRefusal);
    expect((failure as Error).message).toContain('there is no document "privacy"');
    expect((failure as Error).message).toContain('is one of retention');
  });
});
