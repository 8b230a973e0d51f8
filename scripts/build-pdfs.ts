// `npm run pdfs` (a step of `npm run build`, after the content checks and before next build):
// draws the PDF of every version of every document in every language from the compiled content
// (lib/pdf/render-version-pdf.ts) into .generated/pdf/, at the paths of their URLs, and prints
// each one's size. Stops if a PDF is over PDF_BUDGET_BYTES.
// Drawing a PDF is CPU-bound and a long history has two a version, so one process per CPU (up to
// four) draws every n-th of them (PDF_SHARD=i/n names a share): the same files, whoever draws them.
import { fork } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
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

type Job = {
  urlPath: string;
  file: string;
  input: Pick<VersionPdfInput, 'slug' | 'locale' | 'date' | 'days' | 'kept'>;
};

/** Every PDF the site publishes, in one order for every process. */
async function jobs(): Promise<Job[]> {
  const all: Job[] = [];
  for (const { slug, versions } of await documentsWithVersions()) {
    for (const version of versions) {
      const integrity = await versionIntegrity(slug, version);
      const days = pdfDays(integrity.days);
      for (const locale of locales) {
        const paths = versionPaths(locale, slug);
        const { date } = version;
        // Each earlier publication of the version: its kept text, labelled replaced.
        for (const { published, replaced } of integrity.publications) {
          all.push({
            urlPath: paths.keptPdf(date, published),
            file: keptFile(slug, published, locale),
            input: {
              slug,
              locale,
              date,
              days: keptPdfDays(replaced),
              kept: { published, replaced },
            },
          });
        }
        all.push({
          urlPath: paths.pdf(date),
          file: fileOf(slug, version, locale),
          input: { slug, locale, date, days },
        });
      }
    }
  }
  return all;
}

/** Draws the `index`-th of every `of` PDFs; prints each, and exits 2 if one is over budget. */
async function drawShare(index: number, of: number) {
  const dir = pdfDir();
  const over: string[] = [];
  const mine = (await jobs()).filter((_, i) => i % of === index);
  for (const { urlPath, file, input } of mine) {
    const { doc } = await compileFile(file);
    const pdf = await renderVersionPdf({ ...input, frontmatter: doc.frontmatter, tree: doc.tree });
    const target = pdfFile(urlPath, dir);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, pdf);
    console.log(`pdf: ${urlPath}  ${(pdf.length / 1024).toFixed(0)} KB`);
    if (pdf.length > PDF_BUDGET_BYTES) over.push(`${urlPath}: ${pdf.length} bytes`);
  }
  if (over.length > 0) {
    console.error(
      `pdf: over the budget of ${PDF_BUDGET_BYTES / 1024} KB:\n  ${over.join('\n  ')}\n  hint: a PDF embeds the glyphs it uses; see docs/pdf.md`,
    );
    process.exit(2);
  }
}

/** One share drawn by a child process (this script again, with PDF_SHARD set). */
function share(index: number, of: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = fork(process.argv[1]!, [], {
      env: { ...process.env, PDF_SHARD: `${index}/${of}` },
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function main() {
  const shard = /^(\d+)\/(\d+)$/.exec(process.env.PDF_SHARD ?? '');
  if (shard) return drawShare(Number(shard[1]), Number(shard[2]));
  const dir = pdfDir();
  // A version or document removed from content/ must not leave its PDF behind.
  rmSync(dir, { recursive: true, force: true });
  const count = (await jobs()).length;
  const of = Math.max(1, Math.min(4, availableParallelism(), count));
  const codes = await Promise.all(Array.from({ length: of }, (_, i) => share(i, of)));
  if (codes.some((code) => code !== 0)) process.exit(1);
  console.log(`pdf: ${count} PDFs in ${path.relative(process.cwd(), dir)}/`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
