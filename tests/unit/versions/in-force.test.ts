// Which version is in force on a day, which are announced, and when the next rebuild is due: the
// one choice every page, the sitemap, the JSON-LD and the feed make, tested on its own.
import { describe, expect, it } from 'vitest';
import {
  announcedVersions,
  nextRebuildDate,
  versionInForce,
  versionPeriod,
  versionStatus,
} from '@/lib/versions/in-force';
import { describeSchedule, rebuildSchedule } from '@/lib/versions/schedule';
import { listVersions, shownVersion } from '@/lib/versions/versions';

const FIXTURES = 'tests/fixtures/content/effective-dates';

// Published 2028-03-01 in force at once; published 2029-06-01 for 2029-07-01; announced on
// 2029-12-01 for 2030-01-01.
const versions = [
  { date: '2028-03-01', effective: '2028-03-01' },
  { date: '2029-06-01', effective: '2029-07-01' },
  { date: '2029-12-01', effective: '2030-01-01' },
] as const;
const [first, second, third] = versions;

describe('versionInForce', () => {
  it('is the newest version whose effective date has come, not the newest published', () => {
    expect(versionInForce(versions, '2028-02-29')).toBeUndefined();
    expect(versionInForce(versions, '2028-03-01')).toBe(first);
    // Published but not yet effective: the version before stays in force.
    expect(versionInForce(versions, '2029-06-15')).toBe(first);
    expect(versionInForce(versions, '2029-07-01')).toBe(second);
    expect(versionInForce(versions, '2029-12-31')).toBe(second);
    // The day it takes effect, a build makes it the version in force.
    expect(versionInForce(versions, '2030-01-01')).toBe(third);
    expect(versionInForce(versions, '2031-01-01')).toBe(third);
  });

  it('tells in force, announced and superseded apart', () => {
    const statuses = (day: string) => versions.map((v) => versionStatus(versions, v, day));
    expect(statuses('2029-12-15')).toEqual(['superseded', 'in-force', 'announced']);
    expect(statuses('2030-01-01')).toEqual(['superseded', 'superseded', 'in-force']);
    expect(statuses('2028-01-01')).toEqual(['announced', 'announced', 'announced']);
    expect(announcedVersions(versions, '2029-12-15')).toEqual([third]);
    expect(announcedVersions(versions, '2030-01-01')).toEqual([]);
  });

  it('shows the first version of a document none of whose versions is in force yet', () => {
    expect(
      shownVersion(
        [...versions].map((v) => ({ ...v, archived: true, dateSource: 'legal-team' as const })),
        '2028-01-01',
      ),
    ).toEqual({ ...first, archived: true, dateSource: 'legal-team' });
  });

  it('gives each version the period it applies to', () => {
    expect(versionPeriod(versions, second)).toEqual({
      published: '2029-06-01',
      effective: '2029-07-01',
      until: '2030-01-01',
    });
    expect(versionPeriod(versions, third).until).toBeUndefined();
  });
});

describe('nextRebuildDate', () => {
  it('is the earliest effective date after the build date, and none when nothing is ahead', () => {
    const other = { date: '2029-12-10', effective: '2030-02-01' };
    expect(nextRebuildDate([other, ...versions], '2029-12-15')).toBe('2030-01-01');
    expect(nextRebuildDate([other, ...versions], '2030-01-01')).toBe('2030-02-01');
    expect(nextRebuildDate([other, ...versions], '2030-02-01')).toBeUndefined();
    expect(nextRebuildDate([], '2030-02-01')).toBeUndefined();
  });

  it('reads the content folder and says what takes effect when', async () => {
    const before = await rebuildSchedule('2029-12-15', FIXTURES);
    expect(before.next).toBe('2030-01-01');
    expect(describeSchedule(before, '2029-12-15')).toEqual([
      'rebuild: next due on 2030-01-01 (Beijing time), when an announced version takes effect; run npm run release on that day (docs/versions.md: scheduling)',
      '  /transfers/2029-12-01/ takes effect on 2030-01-01',
      '  /schedule/2029-12-10/ takes effect on 2030-02-01 (until then "schedule" has no version in force: its page says so)',
    ]);
    expect((await rebuildSchedule('2030-01-01', FIXTURES)).next).toBe('2030-02-01');
    const after = await rebuildSchedule('2030-02-01', FIXTURES);
    expect(describeSchedule(after, '2030-02-01')).toEqual([
      'rebuild: no version is announced after 2030-02-01; no rebuild is due',
    ]);
    expect(await listVersions('schedule', FIXTURES)).toEqual([
      { date: '2029-12-10', effective: '2030-02-01', archived: false, dateSource: 'legal-team' },
    ]);
  });
});
