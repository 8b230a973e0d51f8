// Which version of a document applies on a given day. A version is published on its lastUpdated
// (its `date`) and takes effect on its `effective` date, which may be later: between the two it is
// announced, and the version before it stays in force. Every page, the sitemap, the JSON-LD and
// the feed ask these functions, so they never disagree on which text is in force.

/** What the in-force choice needs of a version: its publication and effective dates. */
export type DatedVersion = {
  date: string;
  effective: string;
  /** `source` when the date is the one the text states: it then has no effective date to show. */
  dateSource?: 'source' | 'legal-team';
};

export type VersionStatus = 'in-force' | 'announced' | 'superseded';

/**
 * The version in force on `day` (YYYY-MM-DD in Beijing): the newest of `versions` (oldest first)
 * whose effective date is on or before that day. None when every version still lies ahead, as
 * for a document published before it first takes effect.
 */
export function versionInForce<V extends DatedVersion>(
  versions: readonly V[],
  day: string,
): V | undefined {
  return versions.findLast((v) => v.effective <= day);
}

/** The versions published but not yet in force on `day`, oldest first. */
export function announcedVersions<V extends DatedVersion>(
  versions: readonly V[],
  day: string,
): V[] {
  const inForce = versionInForce(versions, day);
  const from = inForce ? versions.indexOf(inForce) + 1 : 0;
  return versions.slice(from);
}

/** Whether `version` is in force on `day`, still to take effect, or replaced by a later one. */
export function versionStatus<V extends DatedVersion>(
  versions: readonly V[],
  version: V,
  day: string,
): VersionStatus {
  const inForce = versionInForce(versions, day);
  if (version === inForce) return 'in-force';
  const index = versions.indexOf(version);
  return inForce && index < versions.indexOf(inForce) ? 'superseded' : 'announced';
}

/**
 * The first day after `day` on which a version of any document takes effect: a build made on
 * that day (or later) publishes it as the version in force. None when nothing is announced.
 */
export function nextRebuildDate(versions: Iterable<DatedVersion>, day: string): string | undefined {
  let next: string | undefined;
  for (const { effective } of versions) {
    if (effective > day && (next === undefined || effective < next)) next = effective;
  }
  return next;
}

/** The effective date a page may state of a version: none when its date is the text's own. */
export const shownEffective = (version: DatedVersion): string | undefined =>
  version.dateSource === 'source' ? undefined : version.effective;

/**
 * A version's publication date, the day it takes effect, and the day the version after it takes
 * effect (when one is published), for the pages' structured data.
 */
export function versionPeriod<V extends DatedVersion>(
  versions: readonly V[],
  version: V,
): { published: string; effective?: string; until?: string } {
  const next = versions[versions.indexOf(version) + 1];
  const effective = shownEffective(version);
  return { published: version.date, ...(effective && { effective }), until: next?.effective };
}
