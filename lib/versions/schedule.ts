// When the site must be rebuilt for an announced version to become the one in force: pages are
// prerendered, so a version whose effective date arrives is shown as in force only by a build made
// on or after that day. `npm run check:content` and `npm run release` print this.
import { contentDir } from '@/lib/content/library';
import { announcedVersions, nextRebuildDate, versionInForce } from '@/lib/versions/in-force';
import { documentsWithVersions } from '@/lib/versions/versions';

export type RebuildSchedule = {
  /** The first day after the build date on which a version takes effect; none if nothing is due. */
  next?: string;
  /** Every announced version, in order of the day it takes effect. */
  announced: { slug: string; date: string; effective: string; first: boolean }[];
};

export async function rebuildSchedule(day: string, dir = contentDir()): Promise<RebuildSchedule> {
  const documents = await documentsWithVersions(dir);
  const announced = documents
    .flatMap(({ slug, versions }) =>
      announcedVersions(versions, day).map((v) => ({
        slug,
        date: v.date,
        effective: v.effective,
        first: versionInForce(versions, day) === undefined && v === versions[0],
      })),
    )
    .sort((a, b) => a.effective.localeCompare(b.effective) || a.slug.localeCompare(b.slug));
  return { next: nextRebuildDate(announced, day), announced };
}

/** The lines the commands print: the next rebuild, and what takes effect when. */
export function describeSchedule({ next, announced }: RebuildSchedule, day: string): string[] {
  if (!next) return [`rebuild: no version is announced after ${day}; no rebuild is due`];
  return [
    `rebuild: next due on ${next} (Beijing time), when an announced version takes effect; run npm run release on that day (docs/versions.md: scheduling)`,
    ...announced.map(
      (a) =>
        `  /${a.slug}/${a.date}/ takes effect on ${a.effective}${a.first ? ` (until then "${a.slug}" has no version in force: its page says so)` : ''}`,
    ),
  ];
}
