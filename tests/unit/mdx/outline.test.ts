// Tests the plain-text outline that compileDocument records for the redline pages.
import { describe, expect, it } from 'vitest';
import { compileDocument } from '@/lib/mdx/compile';

const FILE = 'content/sample/en.mdx';
const front =
  '---\ntitle: T\ndescription: D\nlastUpdated: 2020-01-01\nprevailingLanguage: zh-CN\n---\n';

async function outlineOf(body: string) {
  const doc = await compileDocument(`${front}\n${body}`, FILE);
  return doc.outline;
}

describe('the outline of a compiled document', () => {
  it('puts the text before the first h2 in an intro section with an empty id', async () => {
    const outline = await outlineOf(
      'Intro *with emphasis*\nover two lines.\n\nSecond   intro.\n\n## Scope [#scope]\n\nText.\n',
    );
    expect(outline).toEqual([
      {
        id: '',
        title: '',
        blocks: [
          { kind: 'paragraph', text: 'Intro with emphasis over two lines.' },
          { kind: 'paragraph', text: 'Second intro.' },
        ],
      },
      {
        id: 'scope',
        title: 'Scope',
        blocks: [
          { kind: 'heading', level: 2, text: 'Scope' },
          { kind: 'paragraph', text: 'Text.' },
        ],
      },
    ]);
  });

  it('has no intro section when the document starts with an h2', async () => {
    const outline = await outlineOf('## Only [#only]\n\nText.\n');
    expect(outline.map((section) => section.id)).toEqual(['only']);
  });

  it('gives one section per h2, with its h2 and h3 headings as blocks', async () => {
    const outline = await outlineOf(
      '## First [#first]\n\nOne.\n\n### Detail [#detail]\n\nTwo.\n\n## Second [#second]\n\nThree.\n',
    );
    expect(outline).toEqual([
      {
        id: 'first',
        title: 'First',
        blocks: [
          { kind: 'heading', level: 2, text: 'First' },
          { kind: 'paragraph', text: 'One.' },
          { kind: 'heading', level: 3, text: 'Detail' },
          { kind: 'paragraph', text: 'Two.' },
        ],
      },
      {
        id: 'second',
        title: 'Second',
        blocks: [
          { kind: 'heading', level: 2, text: 'Second' },
          { kind: 'paragraph', text: 'Three.' },
        ],
      },
    ]);
  });

  it('gives one item per entry of a tight list', async () => {
    const outline = await outlineOf('## L [#l]\n\n- first **bold**\n- second [link](/x)\n');
    expect(outline[0]?.blocks.slice(1)).toEqual([
      { kind: 'item', text: 'first bold' },
      { kind: 'item', text: 'second link' },
    ]);
  });

  it('gives exactly one item per entry of a loose list, paragraphs and all', async () => {
    const outline = await outlineOf(
      '## L [#l]\n\n1. First entry.\n\n   Its second paragraph.\n\n2. Second entry.\n',
    );
    expect(outline[0]?.blocks.slice(1)).toEqual([
      { kind: 'item', text: 'First entry. Its second paragraph.' },
      { kind: 'item', text: 'Second entry.' },
    ]);
  });

  it('gives an item its own text and each nested item a block of its own', async () => {
    const outline = await outlineOf(
      '## L [#l]\n\n- outer\n  - inner one\n  - inner two\n    - deepest\n- last\n\nAfter.\n',
    );
    expect(outline[0]?.blocks.slice(1)).toEqual([
      { kind: 'item', text: 'outer' },
      { kind: 'item', text: 'inner one' },
      { kind: 'item', text: 'inner two' },
      { kind: 'item', text: 'deepest' },
      { kind: 'item', text: 'last' },
      { kind: 'paragraph', text: 'After.' },
    ]);
  });

  it('gives one row per table row, its cells joined with " | "', async () => {
    const outline = await outlineOf(
      '## T [#t]\n\n| Item | Fee |\n| ---- | --- |\n| Storage | 1 **CNY** |\n| Transfer | |\n',
    );
    expect(outline[0]?.blocks.slice(1)).toEqual([
      { kind: 'row', text: 'Item | Fee' },
      { kind: 'row', text: 'Storage | 1 CNY' },
      { kind: 'row', text: 'Transfer |' },
    ]);
  });

  it('reads quotations, code and lower headings as blocks', async () => {
    const outline = await outlineOf(
      '## Q [#q]\n\n> Quoted\n> text.\n\n```\ncode   here\n```\n\n#### Minor\n',
    );
    expect(outline[0]?.blocks.slice(1)).toEqual([
      { kind: 'paragraph', text: 'Quoted text.' },
      { kind: 'paragraph', text: 'code here' },
      { kind: 'heading', level: 4, text: 'Minor' },
    ]);
  });

  it('keeps Chinese text and Chinese section ids', async () => {
    const outline = await outlineOf(
      '本协议由双方签订。\n\n## 我们收集哪些信息？\n\n我们收集的信息类型如下：\n\n- **账户信息**：姓名和电子邮件地址。\n',
    );
    expect(outline).toEqual([
      { id: '', title: '', blocks: [{ kind: 'paragraph', text: '本协议由双方签订。' }] },
      {
        id: '我们收集哪些信息',
        title: '我们收集哪些信息？',
        blocks: [
          { kind: 'heading', level: 2, text: '我们收集哪些信息？' },
          { kind: 'paragraph', text: '我们收集的信息类型如下：' },
          { kind: 'item', text: '账户信息：姓名和电子邮件地址。' },
        ],
      },
    ]);
  });
});
