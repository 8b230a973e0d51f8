// /<doc>/versions.json and /en/<doc>/versions.json: every version of a document, for programs
// that keep or follow legal texts (an archive, a tracker such as Open Terms Archive): its dates,
// addresses, PDF, the SHA-256 of its source files and its corrigenda, so a saved copy can be
// verified. The schema is documented in docs/versions.md ("Keeping a copy and checking it"); a
// change that is not only an added field raises SCHEMA_VERSION.
import path from 'node:path';
import type { Locale } from '@/i18n/routing';
import { dateSourceOf, statedEffective, type DateSource } from '@/lib/mdx/frontmatter';
import { compileFile, contentDir } from '@/lib/content/library';
import { versionIntegrity } from '@/lib/versions/version-integrity';
import type { PublishedPdfs } from '@/lib/versions/publications';
import { fileOf, listVersions } from '@/lib/versions/versions';
import { pdfSha256 } from '@/lib/pdf/pdf-files';
import { absoluteUrl } from '@/lib/site-config';
import { versionPaths } from '@/lib/versions/version-paths';

export const SCHEMA_VERSION = 2;

/** The PDFs a record names, in file-name order; null for `none`. */
const pdfList = (pdfs: PublishedPdfs) =>
  pdfs === 'none'
    ? null
    : Object.entries(pdfs)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, sha256]) => ({ name, sha256 }));

export type VersionsJson = {
  schemaVersion: typeof SCHEMA_VERSION;
  document: string;
  language: Locale;
  title: string;
  url: string;
  history: string;
  versions: {
    lastUpdated: string;
    /** Where lastUpdated comes from: the text's own date (source), or the legal team's. */
    dateSource: DateSource;
    /** The day this site first published the version, and the last day it changed its files. */
    published: string | null;
    changed: string | null;
    /** Null when the date is the text's own: it states no effective date. */
    effective: string | null;
    archived: boolean;
    title: string;
    changeSummary: string | null;
    url: string;
    changes: string | null;
    pdf: { url: string; sha256: string | null };
    sources: { language: Locale; path: string; sha256: string }[];
    corrigenda: {
      date: string;
      note: string;
      before: { path: string; sha256: string }[];
      /** Each PDF as published until the correction; null when the site published none. */
      beforePdf: { name: string; sha256: string }[] | null;
    }[];
    publications: {
      published: string;
      replaced: string;
      prevailingLanguage: Locale;
      note: string;
      /** Where the text as then published is kept, read-only. */
      url: string;
      sources: { language: Locale; path: string; sha256: string }[];
      /** Each PDF as then published (null when the site published none), and the kept PDF. */
      pdf: {
        published: { name: string; sha256: string }[] | null;
        url: string;
        sha256: string | null;
      };
    }[];
    /** What the site's pages said of this version and no longer say. */
    withdrawn: { from: string; to: string; note: string }[];
  }[];
};

export async function versionsJson(
  slug: string,
  locale: Locale,
  dir = contentDir(),
): Promise<VersionsJson> {
  const paths = versionPaths(locale, slug);
  const versions = await Promise.all(
    (await listVersions(slug, dir)).map(async (version, index) => {
      const file = fileOf(slug, version, locale, dir);
      const { frontmatter } = (await compileFile(file)).doc;
      const { sources, corrigenda, publications, withdrawn, days } = await versionIntegrity(
        slug,
        version,
        dir,
      );
      return {
        lastUpdated: frontmatter.lastUpdated,
        dateSource: dateSourceOf(frontmatter),
        published: days.firstPublished ?? null,
        changed: days.lastChanged ?? null,
        effective: statedEffective(frontmatter) ?? null,
        archived: version.archived,
        title: frontmatter.title,
        changeSummary: frontmatter.changeSummary ?? null,
        url: absoluteUrl(paths.version(version.date)),
        changes: index > 0 ? absoluteUrl(paths.changes(version.date)) : null,
        // The PDFs are drawn before `next build` (npm run pdfs); null only where none is drawn.
        pdf: {
          url: absoluteUrl(paths.pdf(version.date)),
          sha256: pdfSha256(paths.pdf(version.date)),
        },
        sources: sources.map((s) => ({ language: s.locale, path: s.path, sha256: s.sha256 })),
        corrigenda: corrigenda.map((c) => ({
          date: c.date,
          note: c.note[locale],
          before: Object.entries(c.before).map(([name, sha256]) => ({
            path: path.posix.join(path.posix.dirname(sources[0]!.path), name),
            sha256,
          })),
          beforePdf: pdfList(c.beforePdf),
        })),
        publications: publications.map((p) => ({
          published: p.published,
          replaced: p.replaced,
          prevailingLanguage: p.prevailingLanguage,
          note: p.note[locale],
          url: absoluteUrl(paths.kept(version.date, p.published)),
          sources: p.sources.map((s) => ({ language: s.locale, path: s.path, sha256: s.sha256 })),
          pdf: {
            published: pdfList(p.pdf),
            url: absoluteUrl(paths.keptPdf(version.date, p.published)),
            sha256: pdfSha256(paths.keptPdf(version.date, p.published)),
          },
        })),
        withdrawn: withdrawn.map((w) => ({ from: w.from, to: w.to, note: w.note[locale] })),
      };
    }),
  );
  return {
    schemaVersion: SCHEMA_VERSION,
    document: slug,
    language: locale,
    title: versions.at(-1)!.title,
    url: absoluteUrl(paths.current),
    history: absoluteUrl(paths.history),
    versions,
  };
}
