// `npm run content:erratum -- <doc> <date> --zh-CN "<更正说明>" --en "<what was corrected>"`:
// records a deliberate correction of an archived version after its files were corrected (see
// lib/versions/erratum.ts). Exits with 1, and changes nothing, when it cannot.
import { parseArgs } from 'node:util';
import { locales } from '@/i18n/routing';
import { ArchiveRefusal } from '@/lib/versions/archive';
import { ERRATUM_USAGE, recordErratum } from '@/lib/versions/erratum';
import { ContentError, formatProblem } from '@/lib/mdx/problem';
import { pdfsBeforeCorrection } from '@/lib/pdf/pdfs-before-correction';

const HELP = `usage: ${ERRATUM_USAGE}
  <doc>    the document's folder under content/, for example terms
  <date>   the archived version corrected: its folder under content/<doc>/versions/, for example 2026-11-29
  --zh-CN  one or two sentences in Chinese saying what was corrected
  --en     the same in English
Correct the files in content/<doc>/versions/<date>/ first; this command then records the correction.`;

function fail(message: string, help = '') {
  console.error(`content:erratum: ${message}; nothing was recorded${help && `\n${help}`}`);
  process.exitCode = 1;
}

async function main() {
  let args;
  try {
    args = parseArgs({
      options: Object.fromEntries(locales.map((l) => [l, { type: 'string' as const }])),
      allowPositionals: true,
    });
  } catch (error) {
    fail((error as Error).message, HELP);
    return;
  }
  const [slug, date, ...extra] = args.positionals;
  if (extra.length > 0) {
    fail(
      `"${extra.join(' ')}" is not understood: put each note in quotes after --zh-CN or --en`,
      HELP,
    );
    return;
  }
  try {
    console.log(
      await recordErratum({ slug, date, notes: args.values, pdfsBefore: pdfsBeforeCorrection }),
    );
  } catch (error) {
    if (error instanceof ArchiveRefusal) fail(error.message);
    else if (error instanceof ContentError)
      fail(`fix these first:\n${error.problems.map(formatProblem).join('\n')}`);
    else throw error;
  }
}

void main();
