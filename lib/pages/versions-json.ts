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
import { fileOf, listVersions } from '@/lib/versions/versions';
import { pdfSha256 } from '@/lib/pdf/pdf-files';
import { absoluteUrl } from '@/lib/site-config';
import { versionPaths } from '@/lib/versions/version-paths';

export const SCHEMA_VERSION = 2;

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
    /** Null when the date is the text's own: it states no effective date. */
    effective: string | null;
    archived: boolean;
    title: string;
    changeSummary: string | null;
    url: string;
    changes: string | null;
    pdf: { url: string; sha256: string | null };
    sources: { language: Locale; path: string; sha256: string }[];
    corrigenda: { date: string; note: string; before: { path: string; sha256: string }[] }[];
    publications: {
      published: string;
      replaced: string;
      prevailingLanguage: Locale;
      note: string;
      sources: { language: Locale; path: string; sha256: string }[];
    }[];
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
      const { sources, corrigenda, publications } = await versionIntegrity(slug, version, dir);
      return {
        lastUpdated: frontmatter.lastUpdated,
        dateSource: dateSourceOf(frontmatter),
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
        })),
        publications: publications.map((p) => ({
          published: p.published,
          replaced: p.replaced,
          prevailingLanguage: p.prevailingLanguage,
          note: p.note[locale],
          sources: p.sources.map((s) => ({ language: s.locale, path: s.path, sha256: s.sha256 })),
        })),
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
