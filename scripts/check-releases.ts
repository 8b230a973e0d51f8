// `npm run check:releases`: holds every release kept on this host (RELEASES_DIR, default
// releases/) to the publication records in content/ (lib/versions/release-records.ts): a text a
// release published that no record names was changed in place without a record. Prints each
// problem with what to do, and exits with 1 if there is any.
import path from 'node:path';
import { formatProblem } from '@/lib/mdx/problem';
import { checkReleaseRecords } from '@/lib/versions/release-records';

const dir = path.resolve(process.env.RELEASES_DIR ?? 'releases');

checkReleaseRecords(dir).then(
  ({ releases, problems }) => {
    for (const problem of problems) console.error(formatProblem(problem));
    const held = `${releases} release${releases === 1 ? '' : 's'} in ${path.relative('.', dir) || dir}`;
    if (problems.length > 0) {
      console.error(
        `\ncheck:releases: ${problems.length} text(s) published without a record (${held})`,
      );
      process.exitCode = 1;
    } else {
      console.log(`check:releases: every text the ${held} published is in the records`);
    }
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
