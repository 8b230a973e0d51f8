// `npm run content:changes -- <doc> [<since> [<version>]]`: prints, section by section and in both
// languages, what the text of a document in content/<doc>/ changes against the version before it
// (or against the archived version <since>; or what archived <version> changed since <since>, to
// check a summary already published), key-clause marks included, as the changes page shows it.
// Run it before writing the changeSummary; it reads the files as they are, saved or not yet
// committed. Exits with 1 when there is nothing to compare with.
import { locales } from '@/i18n/routing';
import { compileFile, contentDir, displayPath } from '@/lib/content/library';
import { ContentError, formatProblem } from '@/lib/mdx/problem';
import { ArchiveRefusal, knownDocument } from '@/lib/versions/archive';
import { changesReport, REPORT_LEGEND } from '@/lib/versions/changes-report';
import { compareOutlines, granularityFor } from '@/lib/versions/redline';
import { redlineLabelsOf } from '@/lib/versions/redline-labels';
import { fileOf, listVersions } from '@/lib/versions/versions';

const USAGE = 'npm run content:changes -- <doc> [<since> [<version>]]';

async function report(name?: string, since?: string, until?: string): Promise<string> {
  const slug = await knownDocument(name, contentDir(), USAGE);
  const versions = await listVersions(slug);
  const newer = until ? versions.find((v) => v.date === until) : versions.at(-1)!;
  if (!newer) {
    throw new ArchiveRefusal(
      `"${slug}" has no version ${until}; its versions are ${versions.map((v) => v.date).join(', ')}`,
    );
  }
  const earlier = versions.filter((v) => v.date < newer.date);
  const older = since ? earlier.find((v) => v.date === since) : earlier.at(-1);
  if (!older) {
    throw new ArchiveRefusal(
      since
        ? `"${slug}" has no version ${since} before ${newer.date}; its earlier versions are ${earlier.map((v) => v.date).join(', ') || 'none'}`
        : `"${slug}" has no earlier version to compare with: archive the text in force first (npm run content:archive -- ${slug}), then edit it`,
    );
  }
  const parts = [REPORT_LEGEND, ''];
  for (const locale of locales) {
    const [before, after] = [fileOf(slug, older, locale), fileOf(slug, newer, locale)];
    const changes = compareOutlines(
      (await compileFile(before)).doc.outline,
      (await compileFile(after)).doc.outline,
      granularityFor(locale),
    );
    parts.push(
      `# ${locale}: ${displayPath(after)} (${newer.date}) against ${displayPath(before)} (${older.date})`,
      '',
    );
    parts.push(changesReport(changes, redlineLabelsOf(locale)), '');
  }
  return parts.join('\n');
}

const [slug, since, until] = process.argv.slice(2);
report(slug, since, until).then(
  (text) => console.log(text),
  (error: unknown) => {
    if (error instanceof ContentError) {
      console.error(
        `${error.problems.map(formatProblem).join('\n')}\n\ncontent:changes: fix these first`,
      );
    } else if (error instanceof ArchiveRefusal) {
      console.error(`content:changes: ${error.message}`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  },
);
