// The SHA-256 of each PDF of an archived version as the site published it until a correction, for
// the corrigendum `npm run content:erratum` records (beforePdf), so a PDF saved before the
// correction can still be verified. Builds are reproducible, so the PDF is drawn again from the
// text as it was, with the days its records gave it then: the text of a corrected file is taken
// from the last commit and must have the SHA-256 the version's record (SHA256SUMS) gives it.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { locales } from '@/i18n/routing';
import { displayPath } from '@/lib/content/library';
import { compileDocument } from '@/lib/mdx/compile';
import { renderVersionPdf } from '@/lib/pdf/render-version-pdf';
import { ArchiveRefusal } from '@/lib/versions/archive';
import { pdfDays } from '@/lib/versions/publication-days';
import type { PublishedPdfs } from '@/lib/versions/publications';
import { versionIntegrity } from '@/lib/versions/version-integrity';
import { sha256 } from '@/lib/versions/version-record';
import { pdfName } from '@/lib/versions/version-paths';
import { listVersions, versionFile } from '@/lib/versions/versions';

/** The text a file had in the last commit, or none outside a repository or for a new file. */
export type CommittedText = (file: string) => Promise<string | undefined>;

export const lastCommitted: CommittedText = (file) =>
  promisify(execFile)('git', ['show', `HEAD:./${path.basename(file)}`], {
    cwd: path.dirname(file),
    maxBuffer: 16 * 1024 * 1024,
  }).then(
    ({ stdout }) => stdout,
    () => undefined,
  );

export type BeforeCorrection = {
  slug: string;
  date: string;
  /** Each corrected file, by name, with the SHA-256 it had until the correction. */
  changed: readonly { name: string; sha256: string }[];
  dir: string;
  committed?: CommittedText;
};

export async function pdfsBeforeCorrection({
  slug,
  date,
  changed,
  dir,
  committed = lastCommitted,
}: BeforeCorrection): Promise<PublishedPdfs> {
  const version = (await listVersions(slug, dir)).find((v) => v.date === date);
  if (!version) throw new ArchiveRefusal(`"${slug}" has no version ${date}`);
  // The corrigenda as they stand, before this correction is appended to them.
  const days = pdfDays((await versionIntegrity(slug, version, dir)).days);
  const sums: Record<string, string> = {};
  for (const locale of locales) {
    const file = versionFile(slug, date, locale, dir);
    const corrected = changed.find((c) => c.name === `${locale}.mdx`);
    let source = await readFile(file, 'utf8');
    if (corrected) {
      const text = await committed(file);
      if (text === undefined || sha256(text) !== corrected.sha256) {
        throw new ArchiveRefusal(
          `the text of ${displayPath(file)} as published (SHA-256 ${corrected.sha256}) is not the one in the last commit, so the PDF published before the correction cannot be drawn again: commit the version as published first, then correct it`,
        );
      }
      source = text;
    }
    const { frontmatter, tree } = await compileDocument(source, displayPath(file));
    const pdf = await renderVersionPdf({ slug, locale, date, frontmatter, tree, days });
    sums[pdfName(slug, date, locale)] = sha256(pdf);
  }
  return sums;
}
