// The rules tables of README.md, CONTENT.md and CONTENT.zh-CN.md are the rules' own metadata: a
// rule added, renamed or redescribed without `npm run docs` fails here, naming the command.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { rules } from '@/lib/checks/check';
import { END, RULES_DOCS, START, withRulesTable } from '@/scripts/lib/rules-tables';

describe('the rules tables', () => {
  it.each(RULES_DOCS.map((doc) => [doc.file, doc] as const))(
    '%s lists every rule as npm run docs writes it',
    async (file, doc) => {
      const committed = await readFile(file, 'utf8');
      expect(committed, `the rules table of ${file} differs from the rules: run npm run docs`).toBe(
        await withRulesTable(doc, committed),
      );
      const table = committed.slice(committed.indexOf(START), committed.indexOf(END));
      for (const rule of rules) {
        expect(table).toContain(`\`${rule.id}\``);
        expect(table).toContain(rule.description[doc.locale]);
      }
    },
  );

  it('writes a rule changed in the code into the table', async () => {
    const doc = RULES_DOCS[0]!;
    const stale = (await readFile(doc.file, 'utf8')).replace(
      rules[0]!.description.en,
      'an old description',
    );
    const written = await withRulesTable(doc, stale);
    expect(written).not.toContain('an old description');
    expect(written).toContain(rules[0]!.description.en);
  });

  it('says where the markers go when a document has lost them', async () => {
    await expect(withRulesTable(RULES_DOCS[1]!, '# A guide without a table\n')).rejects.toThrow(
      `CONTENT.md: the rules table's markers are missing; put the lines\n${START}\n${END}`,
    );
  });
});
