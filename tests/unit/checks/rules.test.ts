// Every content check is a rule named the same everywhere: lib/checks/rules/<id>.ts exports it
// with its id and descriptions, the checker runs it, tests/fixtures/content/rules/<id>/ fails for
// it and tests/unit/checks/rules/<id>.test.ts tests it. A rule, fixture or test named otherwise, or
// left out of the checker, fails here.
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkContent, rules } from '@/lib/checks/check';
import { ruleFixture, TODAY } from '@/tests/unit/helpers/content-rules';

const names = async (dir: string, suffix = '') =>
  (await readdir(dir))
    .filter((n) => n.endsWith(suffix))
    .map((n) => n.slice(0, n.length - suffix.length));

describe('the content rules', () => {
  it('are one file each, named by the rule id, all run by the checker', async () => {
    const files = (await names('lib/checks/rules', '.ts')).filter((n) => n !== 'rule');
    expect(rules.map((r) => r.id).sort()).toEqual(files.sort());
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      for (const text of Object.values(rule.description)) {
        expect(text.trim()).not.toBe('');
        expect(text).not.toMatch(/\n/);
      }
    }
  });

  it('each have a test file and a fixture folder of the same name, and no other', async () => {
    const ids = rules.map((r) => r.id).sort();
    expect((await names('tests/unit/checks/rules', '.test.ts')).sort()).toEqual(ids);
    expect((await names('tests/fixtures/content/rules')).sort()).toEqual(ids);
  });

  it.each(rules.map((r) => r.id))('%s fails on its own fixture', async (id) => {
    const { problems } = await checkContent({ dir: ruleFixture(id), today: TODAY });
    expect(problems.filter((p) => p.rule === id).length).toBeGreaterThan(0);
  });
});
