// What the tests of the content rules share: the fixed day they check on, where the fixtures are,
// and the problems of a fixture folder as `npm run check:content` prints their first line.
import { checkContent } from '@/lib/checks/check';
import { problemLine } from '@/lib/mdx/problem';

export const TODAY = '2026-11-29';
export const FIXTURES = 'tests/fixtures/content';

/** The fixture folder of a rule: tests/fixtures/content/rules/<id>, or a folder inside it. */
export const ruleFixture = (path: string) => `${FIXTURES}/rules/${path}`;

/** `file:line:column  [rule] message` for every problem of a rule's fixture folder. */
export async function messages(fixture: string, today = TODAY, localesDir?: string) {
  const { problems } = await checkContent({ dir: ruleFixture(fixture), today, localesDir });
  return problems.map(problemLine);
}
