// `npm run content:archive -- <doc>`: keeps the text in force as an archived version before it is
// edited. Copies content/<doc>/<locale>.mdx, byte for byte, to
// content/<doc>/versions/<lastUpdated>/<locale>.mdx, where it is published for good at
// /<doc>/<lastUpdated>/, and records the copies' SHA-256 in SHA256SUMS beside them.
// `npm run content:archive -- <doc> <date>` writes that record for a version archived before
// records existed. Exits with 1 (and changes nothing) if the text cannot be archived.
import { ArchiveRefusal, archiveDocument, recordArchivedVersion } from '@/lib/versions/archive';
import { ContentError, formatProblem } from '@/lib/mdx/problem';

const [slug, date] = process.argv.slice(2);

(date ? recordArchivedVersion(slug, date) : archiveDocument(slug)).then(
  (message) => console.log(message),
  (error: unknown) => {
    if (error instanceof ContentError) {
      console.error(
        `${error.problems.map(formatProblem).join('\n')}\n\ncontent:archive: fix these first; nothing was archived`,
      );
    } else if (error instanceof ArchiveRefusal) {
      console.error(`content:archive: ${error.message}; nothing was archived`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  },
);
