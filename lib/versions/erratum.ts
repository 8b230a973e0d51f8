// A deliberate correction of an archived text (what `npm run content:erratum` runs). The editor
// corrects the files in content/<doc>/versions/<date>/ first; this then records the correction:
// a dated entry with a note in every language is added to the folder's corrigenda.yaml, keeping
// the checksums the corrected files had, and SHA256SUMS is rewritten for the corrected files.
// It refuses, and changes nothing, when nothing changed or the version does not exist.
import path from 'node:path';
import { locales, type Locale } from '@/i18n/routing';
import { ArchiveRefusal, knownDocument } from '@/lib/versions/archive';
import { appendCorrigendum, loadCorrigenda, type Corrigendum } from '@/lib/versions/corrigenda';
import { todayInBeijing } from '@/lib/dates';
import { compileFile, contentDir, displayPath, documentFile } from '@/lib/content/library';
import { ContentError } from '@/lib/mdx/problem';
import {
  compareRecord,
  readVersionFolder,
  RECORD_FILE,
  writeRecord,
} from '@/lib/versions/version-record';
import { scanVersions, versionFile } from '@/lib/versions/versions';

export const ERRATUM_USAGE =
  'npm run content:erratum -- <doc> <date> --zh-CN "<更正说明>" --en "<what was corrected>"';

/** The options a language's note is given with, as on the command line: --zh-CN, --en. */
export const noteOption = (locale: Locale) => `--${locale}`;

/** The PDFs of the version as published until the correction (lib/pdf/pdfs-before-correction.ts). */
export type PdfsBefore = (request: {
  slug: string;
  date: string;
  changed: readonly { name: string; sha256: string }[];
  dir: string;
}) => Promise<Corrigendum['beforePdf']>;

export type ErratumRequest = {
  slug?: string;
  date?: string;
  /** What was corrected, one or two sentences per language; readers see them with the version. */
  notes: Partial<Record<Locale, string>>;
  dir?: string;
  /** The date of the correction, YYYY-MM-DD (today in Beijing unless a test names another). */
  today?: string;
  /**
   * Draws the version's PDFs as they were before the correction, for their checksums; lib/pdf
   * provides it (scripts/content-erratum.ts passes it), since lib/versions draws no PDF.
   */
  pdfsBefore: PdfsBefore;
};

/** Records the correction and returns what was done; throws an ArchiveRefusal (or the corrected
 * file's ContentError) and changes nothing when it cannot. */
export async function recordErratum({
  slug: name,
  date,
  notes,
  dir = contentDir(),
  today = todayInBeijing(),
  pdfsBefore,
}: ErratumRequest): Promise<string> {
  const slug = await knownDocument(name, dir, ERRATUM_USAGE);
  const { dates } = await scanVersions(slug, dir);
  const archived = `its archived versions are ${dates.join(', ') || 'none'}`;
  if (!date) throw new ArchiveRefusal(`name the version corrected: ${ERRATUM_USAGE}; ${archived}`);
  if (!dates.includes(date)) {
    const current = (await compileFile(documentFile(slug, locales[0], dir))).doc.frontmatter;
    throw new ArchiveRefusal(
      current.lastUpdated === date
        ? `${date} is the text of "${slug}" in force, not an archived version: correct ${displayPath(path.join(dir, slug))}/<language>.mdx directly (an erratum is for the texts under versions/)`
        : `"${slug}" has no archived version ${date}; ${archived}`,
    );
  }
  const missingNotes = locales.filter((l) => !notes[l]?.trim());
  if (missingNotes.length > 0) {
    throw new ArchiveRefusal(
      `say what was corrected in every language (missing: ${missingNotes.map(noteOption).join(', ')}), for example: npm run content:erratum -- ${slug} ${date} --zh-CN "更正第 2 条中的电话号码。" --en "Corrects the telephone number in section 2."`,
    );
  }
  const folder = path.dirname(versionFile(slug, date, locales[0], dir));
  const version = await readVersionFolder(slug, date, folder);
  const shown = version.folder;
  if (version.record === undefined) {
    throw new ArchiveRefusal(
      `${shown} has no ${RECORD_FILE} to correct: restore it with git checkout -- ${shown}/${RECORD_FILE}, or make it first with npm run content:archive -- ${slug} ${date}`,
    );
  }
  const { changed, unrecorded, missing, malformed } = compareRecord({
    ...version,
    record: version.record,
  });
  const broken = [
    ...malformed.map((line) => `line ${line} of ${RECORD_FILE} cannot be read`),
    ...missing.map((m) => `${m.name} is missing`),
    ...unrecorded.map((f) => `${f.name} is not in ${RECORD_FILE}`),
  ];
  if (broken.length > 0) {
    throw new ArchiveRefusal(
      `${shown}: ${broken.join('; ')}. An erratum corrects the text of existing files; run npm run check:content for what to do`,
    );
  }
  if (changed.length === 0) {
    throw new ArchiveRefusal(
      `nothing changed: every file in ${shown}/ matches ${RECORD_FILE}. Correct the text there first (${locales.map((l) => `${l}.mdx`).join(', ')}), then run this command to record the correction`,
    );
  }
  // A correction must still compile and keep the version's date; the check would stop it later.
  for (const c of changed) {
    const file = path.join(folder, c.name);
    if (!c.name.endsWith('.mdx')) continue;
    const { doc } = await compileFile(file);
    if (doc.frontmatter.lastUpdated !== date) {
      throw new ArchiveRefusal(
        `${displayPath(file)} now says lastUpdated: ${doc.frontmatter.lastUpdated}; a correction keeps the version's date ${date}`,
      );
    }
  }
  const { problems } = await loadCorrigenda(folder);
  if (problems.length > 0) throw new ContentError(problems);
  const beforePdf = await pdfsBefore({ slug, date, changed, dir });
  const entry: Corrigendum = {
    date: today,
    note: Object.fromEntries(locales.map((l) => [l, notes[l]!.trim()])) as Record<Locale, string>,
    before: Object.fromEntries(changed.map((c) => [c.name, c.sha256])),
    beforePdf,
  };
  await appendCorrigendum(folder, entry);
  await writeRecord(folder);
  return [
    `recorded the correction of ${today} to version ${date} of "${slug}" (/${slug}/${date}/):`,
    ...changed.map((c) => `  ${c.name}  ${c.sha256} → ${c.actual}`),
    ...(beforePdf === 'none'
      ? []
      : Object.entries(beforePdf).map(([name, sum]) => `  ${name} until today: ${sum}`)),
    `${shown}/${RECORD_FILE} now holds the corrected checksums; the earlier ones are kept in ${shown}/corrigenda.yaml`,
    'next: npm run check:content, then hand over the whole folder with the change',
  ].join('\n');
}
