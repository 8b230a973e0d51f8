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
import { renderVersionPdf } from '@/lib/pdf/render-version-pdf';
import { versionPaths } from '@/lib/versions/version-paths';

async function main() {
  const dir = pdfDir();
  // A version or document removed from content/ must not leave its PDF behind.
  rmSync(dir, { recursive: true, force: true });
  const over: string[] = [];
  let count = 0;
  for (const { slug, versions } of await documentsWithVersions()) {
    for (const version of versions) {
      for (const locale of locales) {
        const { doc } = await compileFile(fileOf(slug, version, locale));
        const pdf = await renderVersionPdf({
          slug,
          locale,
          date: version.date,
          frontmatter: doc.frontmatter,
          tree: doc.tree,
        });
        const urlPath = versionPaths(locale, slug).pdf(version.date);
        const file = pdfFile(urlPath, dir);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, pdf);
        count += 1;
        console.log(`pdf: ${urlPath}  ${(pdf.length / 1024).toFixed(0)} KB`);
        if (pdf.length > PDF_BUDGET_BYTES) over.push(`${urlPath}: ${pdf.length} bytes`);
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
