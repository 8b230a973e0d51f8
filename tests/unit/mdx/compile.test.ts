import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { compileDocument } from '@/lib/mdx/compile';
import { ContentError } from '@/lib/mdx/problem';

const FILE = 'content/sample/en.mdx';
const front =
  '---\ntitle: T\ndescription: D\nlastUpdated: 2020-01-01\nprevailingLanguage: zh-CN\n---\n';

async function problemsOf(source: string) {
  try {
    await compileDocument(source, FILE);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('compileDocument', () => {
  it('uses explicit ids, removes them from the text, and nests the contents list', async () => {
    const doc = await compileDocument(
      `${front}\n## What About Cookies? [#cookies]\n\nText.\n\n### Detail [#cookie-detail]\n\nMore.\n`,
      FILE,
    );
    expect(doc.toc).toEqual([
      { id: 'cookies', title: 'What About Cookies?', level: 2, line: 8 },
      { id: 'cookie-detail', title: 'Detail', level: 3, line: 12 },
    ]);
    expect(doc.code).not.toContain('[#cookies]');
  });

  it('gives headings without an id a slug that keeps Chinese characters', async () => {
    const doc = await compileDocument(
      `${front}\n## 我们收集哪些信息？\n\n## 我们收集哪些信息？\n`,
      FILE,
    );
    expect(doc.toc.map((e) => e.id)).toEqual(['我们收集哪些信息', '我们收集哪些信息-1']);
  });

  it('reads CRLF files and reports their headings on the right lines', async () => {
    const source = await readFile('tests/fixtures/crlf/en.mdx', 'utf8');
    expect(source).toContain('\r\n');
    const doc = await compileDocument(source, 'tests/fixtures/crlf/en.mdx');
    expect(doc.frontmatter.title).toBe('CRLF document');
    expect(doc.toc).toEqual([
      { id: 'part-one', title: '第一部分', level: 2, line: 10 },
      { id: '细节', title: '细节', level: 3, line: 14 },
    ]);
  });

  it('stops on a stray brace with the line, the column and how to write it', async () => {
    const problems = await problemsOf(`${front}\nFees are {waived for children.\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 8 });
    expect(problems[0]?.column).toBeGreaterThan(0);
    expect(problems[0]?.message).toMatch(/^MDX: /);
    expect(problems[0]?.hint).toContain('\\{');
  });

  it('stops on a stray "<" with a hint', async () => {
    const problems = await problemsOf(`${front}\nChildren <18 years need a guardian.\n`);
    expect(problems[0]).toMatchObject({ line: 8, column: 11 });
    expect(problems[0]?.hint).toContain('\\<');
  });

  it('rejects a section id that is not lowercase ASCII', async () => {
    const problems = await problemsOf(`${front}\n## Cookies [#Cookies_Policy]\n`);
    expect(problems[0]).toMatchObject({ line: 8, column: 1 });
    expect(problems[0]?.message).toMatch(/^section id "Cookies_Policy"/);
  });

  it('reports frontmatter and MDX problems together', async () => {
    const problems = await problemsOf(
      '---\ntitle: T\nlastUpdated: 2020-01-01\nprevailingLanguage: zh-CN\n---\n\nBroken {\n',
    );
    expect(problems.map((p) => p.message)).toEqual([
      'frontmatter field "description" is missing',
      expect.stringMatching(/^MDX: /),
    ]);
  });
});

describe('sections', () => {
  it('wraps each level-2 heading and its text in a section, leaving the introduction outside', async () => {
    const { run } = await import('@mdx-js/mdx');
    const runtime = await import('react/jsx-runtime');
    const { renderToStaticMarkup } = await import('react-dom/server');
    const doc = await compileDocument(
      `${front}\nIntro.\n\n## One [#one]\n\nFirst.\n\n### Detail [#detail]\n\nMore.\n\n## Two [#two]\n\nSecond.\n`,
      FILE,
    );
    const { default: Content } = await run(doc.code, { ...runtime, baseUrl: import.meta.url });
    const html = renderToStaticMarkup(Content({}));
    expect(html.replace(/\n/g, '')).toBe(
      '<p>Intro.</p>' +
        '<section class="document-section" data-section="one"><h2 id="one">One</h2><p>First.</p><h3 id="detail">Detail</h3><p>More.</p></section>' +
        '<section class="document-section" data-section="two"><h2 id="two">Two</h2><p>Second.</p></section>',
    );
  });
});
