// Every page the site publishes, in language-free form ('' for the hub, 'privacy/history'), with
// the last day the site changed what it shows (lib/versions/publication-days.ts): the sitemap
// lists them, the export saves them. A version in force is a page of its own but not listed,
// since its canonical address is the document's; neither is the compare page (any two versions
// are compared on request, from each version's outline.json), nor the earlier publications a
// version's text replaced (kept to be read and checked, not to be found). An announced version (published, in force
// later) is listed at its own address from the day it is published.
import { locales, type Locale } from '@/i18n/routing';
import { buildDate } from '@/lib/dates';
import { keptPdfDays } from '@/lib/versions/publication-days';
import { versionIntegrity } from '@/lib/versions/version-integrity';
import { documentsWithVersions, shownVersion, type DocumentVersion } from '@/lib/versions/versions';
import { comparePagePath, outlinePath } from '@/lib/versions/comparison';
import { versionPaths } from '@/lib/versions/version-paths';

export type SitePage = { path: string; lastModified: string; listed: boolean };

const latest = (...days: string[]) => days.sort().at(-1)!;

/** Each version with the last day the site changed its files, and its earlier publications. */
async function changedVersions(slug: string, versions: readonly DocumentVersion[]) {
  return Promise.all(
    versions.map(async (v) => {
      const { days, publications } = await versionIntegrity(slug, v);
      return { ...v, changed: days.lastChanged ?? v.date, publications };
    }),
  );
}

export async function sitePages(day = buildDate()): Promise<SitePage[]> {
  const documents = await documentsWithVersions();
  const perDocument = await Promise.all(
    documents.map(async ({ slug, versions: listed }): Promise<SitePage[]> => {
      const versions = await changedVersions(slug, listed);
      const shownDate = shownVersion(listed, day).date;
      const shown = versions.find((v) => v.date === shownDate)!;
      const newest = latest(...versions.map((v) => v.changed));
      return [
        { path: slug, lastModified: shown.changed, listed: true },
        { path: `${slug}/history`, lastModified: newest, listed: true },
        { path: `${slug}/bilingual`, lastModified: shown.changed, listed: true },
        // The form and frame of any two versions' comparison: a derived view, not in the sitemap.
        ...(versions.length > 1
          ? [{ path: `${slug}/compare`, lastModified: newest, listed: false }]
          : []),
        ...versions.flatMap((v, index) => [
          { path: `${slug}/${v.date}`, lastModified: v.changed, listed: v.date !== shownDate },
          ...(index > 0
            ? [
                {
                  path: `${slug}/${v.date}/changes`,
                  lastModified: latest(v.changed, versions[index - 1]!.changed),
                  listed: true,
                },
              ]
            : []),
          ...v.publications.map((p) => ({
            path: `${slug}/${v.date}/published/${p.published}`,
            lastModified: keptPdfDays(p.replaced).created,
            listed: false,
          })),
        ]),
      ];
    }),
  );
  const pages = perDocument.flat();
  const newest =
    pages
      .map((p) => p.lastModified)
      .sort()
      .at(-1) ?? '';
  return [{ path: '', lastModified: newest, listed: true }, ...pages];
}

/**
 * The URL path of the PDF of every version in every language (/privacy/2017-03-09/privacy-
 * 2017-03-09-zh-CN.pdf), and of every earlier publication's: published files, exported, but not
 * pages of the sitemap.
 */
export async function sitePdfs(): Promise<string[]> {
  const documents = await documentsWithVersions();
  const all = await Promise.all(
    documents.map(async ({ slug, versions }) => {
      const changed = await changedVersions(slug, versions);
      return locales.flatMap((locale) =>
        changed.flatMap((v) => [
          versionPaths(locale, slug).pdf(v.date),
          ...v.publications.map((p) => versionPaths(locale, slug).keptPdf(v.date, p.published)),
        ]),
      );
    }),
  );
  return all.flat();
}

/**
 * The files the site publishes beside its pages in a language, as URL paths: each document's
 * versions.json, each version's outline.json (what a comparison is drawn from) and the compare
 * page's range.css. Not in the sitemap (they are not pages); the export saves them.
 */
export async function siteFiles(locale: Locale): Promise<string[]> {
  return (await documentsWithVersions()).flatMap(({ slug, versions }) => [
    versionPaths(locale, slug).json,
    ...(versions.length > 1 ? [`${comparePagePath(locale, slug)}range.css`] : []),
    ...versions.map((v) => outlinePath(locale, slug, v.date)),
  ]);
}
