// Holds the releases on a host (releases/<id>/, each with the versions.json it published) to the
// publication records in content/: every text a release published, in every language, must be one
// the records name (the text as it is, the text before a correction, or an earlier publication
// kept byte for byte), and the PDF published with a recorded earlier text must be the one its
// record names. A text changed and published twice in a day without a record is found here,
// since each release keeps what it published. `npm run check:releases` and `npm run release` run it.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { locales, type Locale } from '@/i18n/routing';
import { contentDir, displayPath, listDocuments } from '@/lib/content/library';
import type { Finding } from '@/lib/mdx/problem';
import type { PublishedPdfs } from '@/lib/versions/publications';
import { versionIntegrity } from '@/lib/versions/version-integrity';
import { pdfName, versionPaths } from '@/lib/versions/version-paths';
import { listVersions } from '@/lib/versions/versions';

/** What a release's versions.json says of each version: the SHA-256 of its texts and PDF. */
type Published = {
  lastUpdated: string;
  sources: { language: Locale; sha256: string }[];
  pdf?: { sha256: string | null };
};

/** A text the records know, and the PDF its record gives (none: not recorded, or not published). */
type Known = { sha256: string; pdf?: PublishedPdfs };

/** Every text of every version the records name, by document, version and language. */
async function recordedTexts(dir: string) {
  const known = new Map<string, Known[]>();
  const key = (slug: string, date: string, locale: Locale) => `${slug} ${date} ${locale}`;
  const add = (k: string, entry: Known) => known.set(k, [...(known.get(k) ?? []), entry]);
  for (const slug of await listDocuments(dir)) {
    for (const version of await listVersions(slug, dir)) {
      const { sources, corrigenda, publications } = await versionIntegrity(slug, version, dir);
      for (const locale of locales) {
        const k = key(slug, version.date, locale);
        add(k, { sha256: sources.find((s) => s.locale === locale)!.sha256 });
        for (const c of corrigenda) {
          const before = c.before[`${locale}.mdx`];
          if (before) add(k, { sha256: before, pdf: c.beforePdf });
        }
        for (const p of publications) {
          const sum = p.sources.find((s) => s.locale === locale)?.sha256;
          if (sum) add(k, { sha256: sum, pdf: p.pdf });
        }
      }
    }
  }
  return { known, key };
}

/** The releases in a folder, oldest first, with the versions.json they published, per language. */
async function releases(releasesDir: string, slugs: readonly string[]) {
  const ids = (await readdir(releasesDir, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory() && /^\d{8}T\d{6}Z-/.test(e.name))
    .map((e) => e.name)
    .sort();
  return Promise.all(
    ids.map(async (id) => {
      const site = path.join(releasesDir, id, 'site');
      const lists = await Promise.all(
        slugs.flatMap((slug) =>
          locales.map(async (locale) => {
            const file = path.join(site, ...versionPaths(locale, slug).json.split('/'));
            const text = await readFile(file, 'utf8').catch(() => undefined);
            if (text === undefined) return undefined;
            const { versions } = JSON.parse(text) as { versions: Published[] };
            return { slug, locale, file, versions };
          }),
        ),
      );
      return { id, lists: lists.filter((l) => l !== undefined) };
    }),
  );
}

export async function checkReleaseRecords(releasesDir: string, dir = contentDir()) {
  const { known, key } = await recordedTexts(dir);
  const problems: Finding[] = [];
  const held = await releases(releasesDir, await listDocuments(dir));
  for (const { id, lists } of held) {
    for (const { slug, locale, file, versions } of lists) {
      const at = { file: displayPath(file), line: 1, column: 1 };
      for (const v of versions) {
        for (const { language, sha256 } of v.sources) {
          // Each language's list names every text; the one in a language's list is checked there.
          if (language !== locale) continue;
          const match = known
            .get(key(slug, v.lastUpdated, language))
            ?.find((k) => k.sha256 === sha256);
          if (!match) {
            problems.push({
              ...at,
              message: `release ${id} published the ${language} text of version ${v.lastUpdated} of "${slug}" with SHA-256 ${sha256}, which no record in content/ names`,
              hint: `the text was changed in place after that release: keep the file as it was published in content/${slug}/publications/<first day published>/ and list it under earlier: in content/${slug}/publications.yaml, or record the correction with npm run content:erratum (CONTENT.md)`,
            });
            continue;
          }
          const name = pdfName(slug, v.lastUpdated, language);
          const recordedPdf = match.pdf && match.pdf !== 'none' ? match.pdf[name] : undefined;
          const published = v.pdf?.sha256;
          if (recordedPdf && published && recordedPdf !== published) {
            problems.push({
              ...at,
              message: `release ${id} published ${name} with SHA-256 ${published}, but the record of that text names ${recordedPdf}`,
              hint: `write the checksum the release published (${published}) in the record of that text`,
            });
          }
        }
      }
    }
  }
  return { releases: held.length, problems };
}
