// `npm run pdfs` (a step of `npm run build`, after the content checks and before next build):
// draws the PDF of every version of every document in every language from the compiled content
// (lib/pdf/render-version-pdf.ts) into .generated/pdf/, at the paths of their URLs, and prints
// each one's size. Stops if a PDF is over PDF_BUDGET_BYTES.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { locales } from '@/i18n/routing';
import { compileFile } from '@/lib/content/library';
import { documentsWithVersions, fileOf } from '@/lib/versions/versions';
import { PDF_BUDGET_BYTES, pdfDir, pdfFile } from '@/lib/pdf/pdf-files';
import { renderVersionPdf, type VersionPdfInput } from '@/lib/pdf/render-version-pdf';
import { versionPaths } from '@/lib/versions/version-paths';
import { keptPdfDays, pdfDays } from '@/lib/versions/publication-days';
import { keptFile } from '@/lib/versions/publications';
import { versionIntegrity } from '@/lib/versions/version-integrity';

async function main() {
  const dir = pdfDir();
  // A version or document removed from content/ must not leave its PDF behind.
  rmSync(dir, { recursive: true, force: true });
  const over: string[] = [];
  let count = 0;
  const write = (urlPath: string, pdf: Buffer) => {
    const file = pdfFile(urlPath, dir);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, pdf);
    count += 1;
    console.log(`pdf: ${urlPath}  ${(pdf.length / 1024).toFixed(0)} KB`);
    if (pdf.length > PDF_BUDGET_BYTES) over.push(`${urlPath}: ${pdf.length} bytes`);
  };
  /** Draws the PDF of `file`, a text of `version`, and writes it at `urlPath`. */
  const draw = async (
    urlPath: string,
    file: string,
    input: Pick<VersionPdfInput, 'slug' | 'locale' | 'date' | 'days' | 'kept'>,
  ) => {
    const { doc } = await compileFile(file);
    write(
      urlPath,
      await renderVersionPdf({ ...input, frontmatter: doc.frontmatter, tree: doc.tree }),
    );
  };
  for (const { slug, versions } of await documentsWithVersions()) {
    for (const version of versions) {
      const integrity = await versionIntegrity(slug, version);
      const days = pdfDays(integrity.days);
      for (const locale of locales) {
        const paths = versionPaths(locale, slug);
        const { date } = version;
        // Each earlier publication of the version: its kept text, labelled replaced.
        for (const { published, replaced } of integrity.publications) {
          await draw(paths.keptPdf(date, published), keptFile(slug, published, locale), {
            slug,
            locale,
            date,
            days: keptPdfDays(replaced),
            kept: { published, replaced },
          });
        }
        await draw(paths.pdf(date), fileOf(slug, version, locale), { slug, locale, date, days });
      }
    }
  }
  if (over.length > 0) {
    console.error(
      `pdf: over the budget of ${PDF_BUDGET_BYTES / 1024} KB:\n  ${over.join('\n  ')}\n  hint: a PDF embeds the glyphs it uses; see docs/pdf.md`,
    );
    process.exit(1);
  }
  console.log(`pdf: ${count} PDFs in ${path.relative(process.cwd(), dir)}/`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
