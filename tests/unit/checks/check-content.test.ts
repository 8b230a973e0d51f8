// The checker as a whole: the folder that passes, the shipped content, the command line, and the
// day it checks against. Each rule has its own test, tests/unit/checks/rules/<id>.test.ts, on its own
// failing fixture, tests/fixtures/content/rules/<id>/ (tests/unit/checks/rules.test.ts keeps them so).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/checks/check';
import { buildDate, todayInBeijing } from '@/lib/dates';
import { formatProblem } from '@/lib/mdx/problem';
import { FIXTURES, ruleFixture, TODAY } from '@/tests/unit/helpers/content-rules';

describe('check:content', () => {
  it('passes a folder whose links, anchors, sections and dates are all right', async () => {
    const result = await checkContent({ dir: `${FIXTURES}/valid`, today: TODAY });
    expect(result).toEqual({ documents: 2, files: 4, problems: [] });
  });

  // Compiling every published file takes 1.5 s on an idle machine and more than vitest's default
  // 5 s while the other test files run beside it; the test waits for it.
  it('passes the content that is published', { timeout: 60_000 }, async () => {
    const { problems } = await checkContent();
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('passes a document with three versions, and links to its history and versions', async () => {
    const { problems } = await checkContent({ dir: `${FIXTURES}/new-document`, today: TODAY });
    // The annex links to the privacy policy, which is not in that folder.
    expect(problems.map((p) => p.message)).toEqual([
      'link "/privacy/#cookies" leads to no page of this site',
      'link "/privacy/#cookies" leads to no page of this site',
    ]);
  });

  it('takes today in Beijing, which is ahead of UTC', () => {
    expect(todayInBeijing(new Date('2026-11-29T16:30:00Z'))).toBe('2026-11-30');
    expect(todayInBeijing(new Date('2026-11-29T15:30:00Z'))).toBe('2026-11-29');
  });

  it('builds for BUILD_DATE when it is set, and refuses one that is not a date', () => {
    expect(buildDate({ BUILD_DATE: '2030-01-31' })).toBe('2030-01-31');
    expect(buildDate({})).toBe(todayInBeijing());
    expect(() => buildDate({ BUILD_DATE: '31/01/2030' })).toThrow(/write it as YYYY-MM-DD/);
  });

  // A child process on a shared machine can take seconds to start; the test waits for it.
  it(
    'prints every problem with a hint and exits with 1 from the command line',
    { timeout: 60_000 },
    async () => {
      const run = promisify(execFile)('npx', ['tsx', 'scripts/check-content.ts'], {
        env: { ...process.env, CONTENT_DIR: ruleFixture('internal-links') },
      });
      const error = (await run.catch((e: unknown) => e)) as { code: number; stderr: string };
      expect(error.code).toBe(1);
      expect(error.stderr).toContain(
        `${ruleFixture('internal-links')}/doc/en.mdx:13:3  [internal-links] link "/en/other/" names the language "en"\n    hint: write it without the language, as "/other/"`,
      );
      expect(error.stderr).toContain('content: 8 problems in 2 files');
    },
  );
});
