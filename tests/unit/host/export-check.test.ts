// Whether a folder is a complete export, before a release publishes it or nginx serves it
// (lib/host/export-check.ts): every way an export can be partial, damaged or stale is found,
// with a message that names the file.
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildProblems,
  recordProblems,
  servingProblems,
  siteProblems,
  writeExportRecord,
} from '@/lib/host/export-check';
import { FIXTURE_CSS, fixtureSite } from '@/tests/unit/helpers/fixture-site';

let work: string;
let site: string;
let record: string;

function files(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix)).flatMap((name) => {
    const relative = path.join(prefix, name);
    return statSync(path.join(dir, relative)).isDirectory() ? files(dir, relative) : [relative];
  });
}

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'export-check-'));
  site = path.join(work, 'out');
  mkdirSync(site);
  fixtureSite(site);
  record = path.join(work, 'export.json');
  writeExportRecord(record, site, 'build-1');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('a complete export', () => {
  it('has no problem, as a site and against its record', () => {
    expect(siteProblems(site)).toEqual([]);
    expect(
      servingProblems(site, { record, buildId: 'build-1', nextDir: path.join(work, 'no-build') }),
    ).toEqual([]);
  });
});

describe('a partial or damaged export', () => {
  it('a missing folder', () => {
    expect(siteProblems(path.join(work, 'nothing'), work)).toEqual(['nothing does not exist']);
  });

  it('an empty folder', () => {
    const empty = path.join(work, 'empty');
    mkdirSync(empty);
    expect(siteProblems(empty, work)).toEqual(['empty/sitemap.xml is missing']);
  });

  it('a page of the sitemap missing', () => {
    rmSync(path.join(site, 'en/privacy/index.html'));
    expect(siteProblems(site)).toContain(
      '/en/privacy/: in the sitemap, but en/privacy/index.html is missing',
    );
  });

  it('a truncated page: incomplete, and no longer the text of its copies', () => {
    truncateSync(path.join(site, 'privacy/index.html'), 60);
    expect(siteProblems(site)).toEqual([
      '/privacy/: the page is incomplete',
      'privacy/index.html differs from its .br copy',
      'privacy/index.html differs from its .gz copy',
    ]);
  });

  it('a truncated stylesheet, though every page still names it', () => {
    truncateSync(path.join(site, FIXTURE_CSS.slice(1)), 10);
    expect(siteProblems(site)).toEqual([
      `${FIXTURE_CSS.slice(1)} differs from its .br copy`,
      `${FIXTURE_CSS.slice(1)} differs from its .gz copy`,
    ]);
  });

  it('pages without their .gz and .br copies', () => {
    rmSync(path.join(site, 'en/index.html.gz'));
    rmSync(path.join(site, 'en/404.html.gz'));
    rmSync(path.join(site, 'en/404.html.br'));
    expect(siteProblems(site)).toEqual([
      'en/index.html has no .gz copy (precompressed)',
      'en/404.html has no .gz or .br copy (precompressed)',
    ]);
  });

  it('a compressed copy whose file is gone, or that is not a valid stream', () => {
    rmSync(path.join(site, 'feed.xml'));
    writeFileSync(path.join(site, 'sitemap.xml.gz'), 'not gzip');
    expect(siteProblems(site)).toEqual([
      'feed.xml.br: a compressed copy of feed.xml, which is missing',
      'feed.xml.gz: a compressed copy of feed.xml, which is missing',
      'sitemap.xml differs from its .gz copy',
    ]);
  });

  it('every file of the export, truncated or removed, is found (with the record)', () => {
    for (const file of files(site)) {
      for (const damage of ['truncate', 'remove'] as const) {
        const copy = path.join(work, `copy-${damage}`);
        mkdirSync(copy);
        fixtureSite(copy);
        if (damage === 'truncate') truncateSync(path.join(copy, file), 5);
        else rmSync(path.join(copy, file));
        const problems = servingProblems(copy, {
          record,
          buildId: 'build-1',
          nextDir: path.join(work, 'no-build'),
        });
        expect(problems.length, `${file} ${damage}d`).toBeGreaterThan(0);
        rmSync(copy, { recursive: true });
      }
    }
  });
});

describe('an export against its record', () => {
  it('a file changed, added or removed since the export', () => {
    appendFileSync(path.join(site, 'robots.txt'), 'User-agent: *\n');
    rmSync(path.join(site, 'feed.xml.br'));
    expect(recordProblems(site, record)).toEqual([
      'feed.xml.br: exported, now missing',
      'robots.txt: not written by the export',
    ]);
  });

  it('a stale export: the build in .next is another', () => {
    expect(recordProblems(site, record, 'build-2')).toEqual([
      'the export is of build build-1, but the build in .next is build-2 (built since)',
    ]);
  });

  it('no record, or an unreadable one', () => {
    expect(recordProblems(site, path.join(work, 'none.json'))[0]).toMatch(
      /none\.json is missing: this folder was not written by `npm run export`/,
    );
    writeFileSync(record, '{');
    expect(recordProblems(site, record)).toEqual([`${record} is unreadable`]);
  });
});

describe('releases/current', () => {
  it('a current that points nowhere is named as such', () => {
    const releases = path.join(work, 'releases');
    mkdirSync(releases);
    symlinkSync('20261201T090000Z-abcdef1', path.join(releases, 'current'));
    expect(servingProblems(path.join(releases, 'current', 'site'))).toEqual([
      `${path.join(releases, 'current')} is a link to 20261201T090000Z-abcdef1, which does not exist`,
    ]);
  });
});

describe('an export against the build in .next', () => {
  it('a stylesheet the build does not have, or has with other bytes', () => {
    const next = path.join(work, '.next');
    const css = FIXTURE_CSS.replace('/_next/', '');
    mkdirSync(path.dirname(path.join(next, css)), { recursive: true });
    writeFileSync(path.join(next, css), readFileSync(path.join(site, FIXTURE_CSS.slice(1))));
    expect(buildProblems(site, next)).toEqual([]);
    writeFileSync(path.join(next, css), 'body { color: red; }\n');
    expect(buildProblems(site, next)).toEqual([
      `${path.relative('.', path.join(site, FIXTURE_CSS.slice(1)))} is not in the build in ${next} (the export is of another build)`,
    ]);
    rmSync(path.join(next, css));
    expect(buildProblems(site, next)).toHaveLength(1);
  });
});
