// The refused-statements rule: no current document makes a statement the legal review refused.
import { describe, expect, it } from 'vitest';
import { refusedStatements } from '@/lib/checks/rules/refused-statements';
import type { RuleContext } from '@/lib/checks/rules/rule';
import { messages, ruleFixture } from '@/tests/unit/helpers/content-rules';

const emptyContext: RuleContext = {
  slugs: [],
  files: [],
  today: '2026-12-07',
  interfaceFiles: [],
  archives: [],
  publications: [],
  records: [],
  scans: {
    folders: [],
    versions: [],
    glossary: [],
    refusedStatements: [],
    frontmatter: [],
    mdx: [],
    corrigenda: [],
    keyClauses: [],
    publications: [],
  },
};

describe('refused-statements', () => {
  it('reports statements the legal review refused, in the documents they are refused for', async () => {
    const dir = ruleFixture('refused-statements');
    const consent = 'makes a statement the legal review refused: using the site is not consent';
    const licence = 'makes a statement the legal review refused: no source states a licence';
    const complete =
      'makes a statement the legal review refused: a note does not call the corrected text complete';
    const notes = `${dir}/corrected/versions/2020-01-01/corrigenda.yaml`;
    expect(await messages('refused-statements')).toEqual([
      // Refused in errata only: the notes of corrigenda.yaml, in each language's own line; the
      // same words in a document's text are not reported.
      `${notes}:4:27  [refused-statements] "准确、完整" ${complete}`,
      `${notes}:5:50  [refused-statements] "accurately and completely" ${complete}`,
      `${notes}:5:114  [refused-statements] "is now complete" ${complete}`,
      // Refused in summaries only: the same words in the text are not reported.
      `${dir}/history/en.mdx:6:53  [refused-statements] "no source states" makes a statement the legal review refused: a summary says what changed`,
      `${dir}/policy/zh-CN.mdx:10:21  [refused-statements] "经许可使用" ${licence}`,
      `${dir}/terms/en.mdx:10:34  [refused-statements] "by using it you accept" ${consent}`,
      `${dir}/terms/en.mdx:10:82  [refused-statements] "under license" ${licence}`,
      `${dir}/terms/zh-CN.mdx:10:6  [refused-statements] "即表示您接受" ${consent}`,
    ]);
  });

  it('looks in the notes of every record of a document, each language in its own lines', () => {
    const statement = {
      in: ['errata' as const],
      reason: 'a note does not call the corrected text complete',
      phrases: { en: ['every change'], 'zh-CN': ['全部修改'] },
    };
    const source = [
      'earlier:',
      '  - note:',
      '      zh-CN: 本次替换载明了全部修改。',
      '      en: This names every change; 全部修改 in English lines is not Chinese.',
    ].join('\n');
    const problems = refusedStatements.check({
      ...emptyContext,
      refused: { file: 'refused-statements.yaml', statements: [statement] },
      records: [{ slug: 'privacy', file: 'content/privacy/publications.yaml', source }],
    });
    expect(problems.map((p) => [p.line, p.column, p.message.split(' makes')[0]])).toEqual([
      [3, 21, '"全部修改"'],
      [4, 22, '"every change"'],
    ]);
    const elsewhere = refusedStatements.check({
      ...emptyContext,
      refused: {
        file: 'refused-statements.yaml',
        statements: [{ ...statement, documents: ['terms'] }],
      },
      records: [{ slug: 'privacy', file: 'content/privacy/publications.yaml', source }],
    });
    expect(elsewhere).toEqual([]);
  });

  it('reports an entry of refused-statements.yaml that does not say why', async () => {
    const file = `${ruleFixture('refused-statements/_bad-file')}/refused-statements.yaml`;
    expect(await messages('refused-statements/_bad-file')).toEqual([
      `${file}:2:5  [refused-statements] refused-statements.yaml field "statements.0.reason" is missing`,
    ]);
  });
});
