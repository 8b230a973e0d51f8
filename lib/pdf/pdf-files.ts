// Where the PDFs of the versions live once `npm run pdfs` (a step of `npm run build`) has drawn
// them: .generated/pdf/, mirroring their URL paths. The pages read their sizes from here, the
// site's server serves them from here and the export copies them from the server into out/.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The largest a version's PDF may be; `npm run pdfs` and the tests hold every PDF to it. */
export const PDF_BUDGET_BYTES = 600 * 1024;

export function pdfDir(cwd = process.cwd()): string {
  // Read at build and serve time from the project folder; not part of the traced server output.
  return path.resolve(/*turbopackIgnore: true*/ cwd, '.generated', 'pdf');
}

/** The file that holds the PDF at this URL path. */
export function pdfFile(urlPath: string, dir = pdfDir()): string {
  return path.join(dir, ...urlPath.split('/').filter(Boolean));
}

/** A production build reached a page or list whose PDF `npm run pdfs` did not draw. */
function missingPdf(urlPath: string, cause: unknown): Error {
  return new Error(
    `${urlPath} has no PDF in ${path.relative(process.cwd(), pdfDir())}: run "npm run build", which draws the PDFs (npm run pdfs) before next build`,
    { cause },
  );
}

/**
 * The size of a version's PDF in kilobytes, for its download link. A production build with a
 * PDF missing stops here, so no page links to a file that is not published; `npm run dev`
 * shows the link without a size (the preview does not draw PDFs).
 */
export function pdfKilobytes(urlPath: string): number | undefined {
  try {
    return Math.max(1, Math.round(statSync(pdfFile(urlPath)).size / 1024));
  } catch (error) {
    if (process.env.NODE_ENV === 'development') return undefined;
    throw missingPdf(urlPath, error);
  }
}

/**
 * The SHA-256 of a version's PDF, for versions.json, so a saved copy can be checked. As for the
 * size, a production build stops when the PDF is missing; anywhere else (the preview, unit tests
 * run before a build) the checksum is null: not known.
 */
export function pdfSha256(urlPath: string): string | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(pdfFile(urlPath));
  } catch (error) {
    if (process.env.NODE_ENV !== 'production') return null;
    throw missingPdf(urlPath, error);
  }
  return createHash('sha256').update(bytes).digest('hex');
}
