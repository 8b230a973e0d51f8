// Every page the site publishes, in language-free form ('' for the hub, 'privacy/history'), with
// the date it last changed: the sitemap lists them, the export saves them. A version in force is
// a page of its own but not listed, since its canonical address is the document's; neither are
// the comparisons of a version with versions older than the one before it. An announced version
// (published, in force later) is listed at its own address from the day it is published.
import { locales, type Locale } from '@/i18n/routing';
import { buildDate } from '@/lib/dates';
import { documentsWithVersions, shownVersion } from '@/lib/versions/versions';
import { versionPaths } from '@/lib/versions/version-paths';

export type SitePage = { path: string; lastModified: string; listed: boolean };

export async function sitePages(day = buildDate()): Promise<SitePage[]> {
  const pages = (await documentsWithVersions()).flatMap(({ slug, versions }): SitePage[] => {
    const shown = shownVersion(versions, day).date;
    const newest = versions.at(-1)!.date;
    return [
      { path: slug, lastModified: shown, listed: true },
      { path: `${slug}/history`, lastModified: newest, listed: true },
      { path: `${slug}/bilingual`, lastModified: shown, listed: true },
      ...versions.flatMap((v, index) => [
        {
          path: `${slug}/${v.date}`,
          lastModified: v.date,
          listed: v.date !== shown,
        },
        ...(index > 0
          ? [{ path: `${slug}/${v.date}/changes`, lastModified: v.date, listed: true }]
          : []),
        // Comparisons with older versions: derived views of listed texts, so not in the sitemap.
        ...versions.slice(0, Math.max(0, index - 1)).map((older) => ({
          path: `${slug}/${v.date}/changes/${older.date}`,
          lastModified: v.date,
          listed: false,
        })),
      ]),
    ];
  });
  const newest =
    pages
      .map((p) => p.lastModified)
      .sort()
      .at(-1) ?? '';
  return [{ path: '', lastModified: newest, listed: true }, ...pages];
}

/**
 * The URL path of the PDF of every version in every language (/privacy/2017-03-09/privacy-
 * 2017-03-09-zh-CN.pdf): published files, exported, but not pages of the sitemap.
 */
export async function sitePdfs(): Promise<string[]> {
  return (await documentsWithVersions()).flatMap(({ slug, versions }) =>
    locales.flatMap((locale) => versions.map((v) => versionPaths(locale, slug).pdf(v.date))),
  );
}

/**
 * The files the site publishes beside its pages in a language, as URL paths: each document's
 * versions.json. Not in the sitemap (they are not pages); the export saves them.
 */
export async function siteFiles(locale: Locale): Promise<string[]> {
  return (await documentsWithVersions()).map(({ slug }) => versionPaths(locale, slug).json);
}
