// The releases kept on a host are held to the publication records: a text a release published
// that no record names was changed in place without a record, and a PDF published with a recorded
// earlier text must be the one its record names. Each test writes releases into a temporary
// folder, as `npm run release` lays them out (releases/<id>/site/<doc>/versions.json).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkReleaseRecords } from '@/lib/versions/release-records';
import { versionIntegrity } from '@/lib/versions/version-integrity';
import { listVersions } from '@/lib/versions/versions';

let releases = '';
beforeEach(async () => {
  releases = await mkdtemp(path.join(tmpdir(), 'release-records-'));
});
afterEach(() => rm(releases, { recursive: true, force: true }));

type Listed = {
  lastUpdated: string;
  sources: { language: string; sha256: string }[];
  pdf?: { sha256: string | null };
};

async function release(id: string, lists: Record<string, Listed[]>) {
  for (const [where, versions] of Object.entries(lists)) {
    const file = path.join(releases, id, 'site', where, 'versions.json');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify({ versions }));
  }
}

/** What the records say of the privacy policy: its text now and its kept publications. */
async function privacy() {
  const [version] = await listVersions('privacy');
  return versionIntegrity('privacy', version!);
}

describe('checkReleaseRecords', () => {
  it('accepts releases that published only recorded texts: the one in force and each kept one', async () => {
    const { sources, publications } = await privacy();
    const listed = (sums: { locale: string; sha256: string }[]) => [
      {
        lastUpdated: '2017-03-09',
        sources: sums.map((s) => ({ language: s.locale, sha256: s.sha256 })),
      },
    ];
    await release('20261201T100000Z-ba593d2', { privacy: listed(publications[1]!.sources) });
    await release('20261207T100000Z-aaaaaaa', {
      privacy: listed(sources),
      'en/privacy': listed(sources),
    });
    expect(await checkReleaseRecords(releases)).toEqual({ releases: 2, problems: [] });
  });

  it('names a text a release published that no record names, with what to do', async () => {
    const { sources } = await privacy();
    const unknown = 'f'.repeat(64);
    await release('20261204T100000Z-bbbbbbb', {
      privacy: [
        {
          lastUpdated: '2017-03-09',
          sources: [
            { language: 'zh-CN', sha256: unknown },
            { language: 'en', sha256: sources.find((s) => s.locale === 'en')!.sha256 },
          ],
        },
      ],
    });
    const { problems } = await checkReleaseRecords(releases);
    expect(problems.map((p) => p.message)).toEqual([
      `release 20261204T100000Z-bbbbbbb published the zh-CN text of version 2017-03-09 of "privacy" with SHA-256 ${unknown}, which no record in content/ names`,
    ]);
    expect(problems[0]!.hint).toContain('content/privacy/publications/<first day published>/');
    expect(problems[0]!.file).toMatch(/20261204T100000Z-bbbbbbb\/site\/privacy\/versions\.json$/);
  });

  it('names a PDF published with a recorded earlier text that is not the one its record names', async () => {
    const { publications } = await privacy();
    const kept = publications[1]!;
    await release('20261202T100000Z-ba593d2', {
      privacy: [
        {
          lastUpdated: '2017-03-09',
          sources: kept.sources.map((s) => ({ language: s.locale, sha256: s.sha256 })),
          pdf: { sha256: '0'.repeat(64) },
        },
      ],
    });
    const { problems } = await checkReleaseRecords(releases);
    expect(problems.map((p) => p.message)).toEqual([
      `release 20261202T100000Z-ba593d2 published privacy-2017-03-09-zh-CN.pdf with SHA-256 ${'0'.repeat(64)}, but the record of that text names ${(kept.pdf as Record<string, string>)['privacy-2017-03-09-zh-CN.pdf']}`,
    ]);
  });

  it('finds nothing to check where a host keeps no release', async () => {
    expect(await checkReleaseRecords(path.join(releases, 'none'))).toEqual({
      releases: 0,
      problems: [],
    });
  });
});
