// The key-clauses rule: every section content/key-clauses.yaml lists holds a <Key> in every
// language, no <Key> stands in a section it does not list, and a listed section exists.
import { describe, expect, it } from 'vitest';
import { messages, ruleFixture } from '@/tests/unit/helpers/content-rules';

describe('key-clauses', () => {
  it('reports a listed section without a <Key>, a <Key> not listed, and a section gone', async () => {
    const dir = ruleFixture('key-clauses');
    const list = `${dir}/key-clauses.yaml`;
    const gone = `[key-clauses] ${list} lists a key clause in section "gone", which this text does not have`;
    expect(await messages('key-clauses')).toEqual([
      `${dir}/terms/en.mdx:1:1  ${gone}`,
      `${dir}/terms/en.mdx:12:1  [key-clauses] section "law" has no <Key>, but ${list} lists a key clause in it: the law that applies`,
      `${dir}/terms/en.mdx:18:1  [key-clauses] a <Key> in section "use", which ${list} does not list for "terms"`,
      // The Chinese text marks the law; it lacks only the section that is gone.
      `${dir}/terms/zh-CN.mdx:1:1  ${gone}`,
    ]);
  });

  it('reports an entry of key-clauses.yaml that is not a section id', async () => {
    const file = `${ruleFixture('key-clauses/_bad-file')}/key-clauses.yaml`;
    expect(await messages('key-clauses/_bad-file')).toEqual([
      `${file}:3:16  [key-clauses] key-clauses.yaml field "documents.terms.Liability" Invalid key in record`,
    ]);
  });
});
