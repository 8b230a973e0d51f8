// Every page the site publishes, in language-free form ('' for the hub, 'privacy/history'), with
// the date it last changed: the sitemap lists them, the export saves them. A version in force is
// a page of its own but not listed, since its canonical address is the document's.
import { documentsWithVersions } from './content/versions';

export type SitePage = { path: string; lastModified: string; listed: boolean };

export async function sitePages(): Promise<SitePage[]> {
  const pages = (await documentsWithVersions()).flatMap(({ slug, versions }): SitePage[] => {
    const current = versions.at(-1)!.date;
    return [
      { path: slug, lastModified: current, listed: true },
      { path: `${slug}/history`, lastModified: current, listed: true },
      { path: `${slug}/bilingual`, lastModified: current, listed: true },
      ...versions.flatMap((v, index) => [
        { path: `${slug}/${v.date}`, lastModified: v.date, listed: v.archived },
        ...(index > 0
          ? [{ path: `${slug}/${v.date}/changes`, lastModified: v.date, listed: true }]
          : []),
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
