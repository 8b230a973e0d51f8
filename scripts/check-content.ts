// `npm run check:content`: checks every document and prints every problem as
// `path:line:column  [rule] message` with a hint; exits with 1 when there is any. When all is
// well it also prints the next day a rebuild is due (an announced version takes effect).
import { checkContent } from '@/lib/checks/check';
import { formatProblem } from '@/lib/mdx/problem';
import { describeSchedule, rebuildSchedule } from '@/lib/versions/schedule';
import { buildDate } from '@/lib/dates';

async function main() {
  const day = buildDate();
  const { documents, files, problems } = await checkContent({ today: day });
  if (problems.length === 0) {
    console.log(`content: ${documents} documents, ${files} files, no problems`);
    console.log(describeSchedule(await rebuildSchedule(day), day).join('\n'));
    return;
  }
  console.error(problems.map(formatProblem).join('\n'));
  const where = new Set(problems.map((p) => p.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  console.error(
    `\ncontent: ${plural(problems.length, 'problem')} in ${plural(where, 'file')}; nothing is published until they are fixed`,
  );
  process.exitCode = 1;
}

void main();
