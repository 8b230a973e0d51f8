// Tests the comparison behind the redline pages: inline text changes and section pairing.
import { diffChars } from 'diff';
import { describe, expect, it } from 'vitest';
import type { OutlineBlock, OutlineSection } from '@/lib/mdx/rehype-outline';
import {
  compareOutlines,
  diffText,
  granularityFor,
  summarize,
  type Granularity,
  type Piece,
} from '@/lib/versions/redline';

const spell = (pieces: Piece[], skip: Piece['change']) =>
  pieces
    .filter((piece) => piece.change !== skip)
    .map((piece) => piece.text)
    .join('');

const count = (pieces: Piece[], change: Piece['change']) =>
  pieces.filter((piece) => piece.change === change).length;

/** The invariants every diff must keep, whatever the text. */
function expectExact(older: string, newer: string, granularity: Granularity) {
  const pieces = diffText(older, newer, granularity);
  expect(spell(pieces, 'inserted')).toBe(older);
  expect(spell(pieces, 'deleted')).toBe(newer);
  expect(pieces.every((piece) => piece.text !== '')).toBe(true);
  pieces.slice(1).forEach((piece, i) => {
    expect(piece.change).not.toBe(pieces[i]?.change);
    // Within a run of changes, the deleted text comes first.
    expect([pieces[i]?.change, piece.change]).not.toEqual(['inserted', 'deleted']);
  });
}

const heading = (text: string, level: 2 | 3 = 2): OutlineBlock => ({
  kind: 'heading',
  level,
  text,
});
const para = (text: string): OutlineBlock => ({ kind: 'paragraph', text });
const section = (id: string, ...texts: string[]): OutlineSection => ({
  id,
  title: id.toUpperCase(),
  blocks: [heading(id.toUpperCase()), ...texts.map(para)],
});

describe('granularityFor', () => {
  it('compares Chinese by character and English by word', () => {
    expect(granularityFor('zh-CN')).toBe('character');
    expect(granularityFor('en')).toBe('word');
  });
});

describe('diffText', () => {
  it('gives one same piece for identical text, and none for two empty strings', () => {
    expect(diffText('Same text.', 'Same text.', 'word')).toEqual([
      { change: 'same', text: 'Same text.' },
    ]);
    expect(diffText('相同。', '相同。', 'character')).toEqual([{ change: 'same', text: '相同。' }]);
    expect(diffText('', '', 'word')).toEqual([]);
  });

  it('shows text added to or removed from nothing as one piece', () => {
    expect(diffText('', '新增条款。', 'character')).toEqual([
      { change: 'inserted', text: '新增条款。' },
    ]);
    expect(diffText('Old clause.', '', 'word')).toEqual([
      { change: 'deleted', text: 'Old clause.' },
    ]);
  });

  it('replaces an English word with a phrase', () => {
    expect(
      diffText(
        'The customer must pay within thirty days of the invoice.',
        'The customer must pay within fifteen business days of the invoice.',
        'word',
      ),
    ).toEqual([
      { change: 'same', text: 'The customer must pay within ' },
      { change: 'deleted', text: 'thirty' },
      { change: 'inserted', text: 'fifteen business' },
      { change: 'same', text: ' days of the invoice.' },
    ]);
  });

  it('shows English words added in the middle of a sentence', () => {
    expect(
      diffText('You may close your account.', 'You may close your account at any time.', 'word'),
    ).toEqual([
      { change: 'same', text: 'You may close your account' },
      { change: 'inserted', text: ' at any time' },
      { change: 'same', text: '.' },
    ]);
  });

  it('folds a short English word between two changes into one changed phrase', () => {
    expect(diffText('the big red cat', 'the small red dog', 'word')).toEqual([
      { change: 'same', text: 'the ' },
      { change: 'deleted', text: 'big red cat' },
      { change: 'inserted', text: 'small red dog' },
    ]);
  });

  it('keeps a longer English word between two changes as common text', () => {
    expect(diffText('the big blue cat', 'the small blue dog', 'word')).toEqual([
      { change: 'same', text: 'the ' },
      { change: 'deleted', text: 'big' },
      { change: 'inserted', text: 'small' },
      { change: 'same', text: ' blue ' },
      { change: 'deleted', text: 'cat' },
      { change: 'inserted', text: 'dog' },
    ]);
  });

  it('replaces one Chinese phrase with a single deletion and a single insertion', () => {
    const pieces = diffText(
      '用户应当在三十日内提交申请。',
      '用户应当在十五个工作日内提交申请。',
      'character',
    );
    // Character by character, jsdiff keeps the 十 of 三十 as common text.
    expect(diffChars('三十日', '十五个工作日').length).toBeGreaterThan(3);
    expect(pieces).toEqual([
      { change: 'same', text: '用户应当在' },
      { change: 'deleted', text: '三十' },
      { change: 'inserted', text: '十五个工作' },
      { change: 'same', text: '日内提交申请。' },
    ]);
    expect(count(pieces, 'deleted')).toBe(1);
    expect(count(pieces, 'inserted')).toBe(1);
  });

  it('reads a reworded Chinese clause as one phrase, not scattered characters', () => {
    const older = '如您对本条款有任何疑问，请联系我们。';
    const newer = '如您对本政策存在任何异议，请致函我们。';
    expect(diffChars(older, newer).length).toBeGreaterThan(6);
    expect(diffText(older, newer, 'character')).toEqual([
      { change: 'same', text: '如您对本' },
      { change: 'deleted', text: '条款有任何疑问，请联系' },
      { change: 'inserted', text: '政策存在任何异议，请致函' },
      { change: 'same', text: '我们。' },
    ]);
  });

  it('keeps three or more common Chinese characters between changes', () => {
    expect(
      diffText(
        '本政策适用于客户的账户信息，不适用于客户存储在我们系统中的内容。',
        '本政策适用于客户的账户信息，但不适用于客户上传至我们系统中的任何内容。',
        'character',
      ),
    ).toEqual([
      { change: 'same', text: '本政策适用于客户的账户信息，' },
      { change: 'inserted', text: '但' },
      { change: 'same', text: '不适用于客户' },
      { change: 'deleted', text: '存储在' },
      { change: 'inserted', text: '上传至' },
      { change: 'same', text: '我们系统中的' },
      { change: 'inserted', text: '任何' },
      { change: 'same', text: '内容。' },
    ]);
  });

  it('spells both texts exactly, even where they differ only around a space', () => {
    expect(diffText('an e mail address', 'an e-mail address', 'word')).toEqual([
      { change: 'same', text: 'an e' },
      { change: 'deleted', text: ' ' },
      { change: 'inserted', text: '-' },
      { change: 'same', text: 'mail address' },
    ]);
    const pairs: [string, string][] = [
      ['a  b c', 'a b c'],
      ['x. y', 'x.y'],
      ['one two', ' one two'],
      ['red apple and green pear', 'blue apple or yellow pear'],
      ['甲方应当，在三日内', '乙方必须，在五日内'],
      ['费用为三十元。', '客户可随时取消订阅，无需另行通知。'],
      ['AWS 中国（北京）区域', 'AWS 中国（宁夏）区域'],
      ['', 'x'],
    ];
    for (const [older, newer] of pairs) {
      for (const granularity of ['word', 'character'] as const) {
        expectExact(older, newer, granularity);
        expectExact(newer, older, granularity);
      }
    }
  });
});

describe('compareOutlines', () => {
  it('marks a section with the same blocks unchanged, one same piece per block', () => {
    const changes = compareOutlines([section('a', 'One.')], [section('a', 'One.')], 'word');
    expect(changes).toEqual([
      {
        id: 'a',
        title: 'A',
        status: 'unchanged',
        blocks: [
          {
            kind: 'heading',
            level: 2,
            status: 'unchanged',
            pieces: [{ change: 'same', text: 'A' }],
          },
          { kind: 'paragraph', status: 'unchanged', pieces: [{ change: 'same', text: 'One.' }] },
        ],
      },
    ]);
  });

  it('pairs edited blocks one by one and leaves the others unchanged', () => {
    const older = [section('a', 'Keep this.', 'Pay in thirty days.', 'Notice by post.', 'End.')];
    const newer = [section('a', 'Keep this.', 'Pay in fifteen days.', 'Notice by e-mail.', 'End.')];
    expect(compareOutlines(older, newer, 'word')[0]).toEqual({
      id: 'a',
      title: 'A',
      status: 'changed',
      blocks: [
        { kind: 'heading', level: 2, status: 'unchanged', pieces: [{ change: 'same', text: 'A' }] },
        {
          kind: 'paragraph',
          status: 'unchanged',
          pieces: [{ change: 'same', text: 'Keep this.' }],
        },
        {
          kind: 'paragraph',
          status: 'changed',
          pieces: [
            { change: 'same', text: 'Pay in ' },
            { change: 'deleted', text: 'thirty' },
            { change: 'inserted', text: 'fifteen' },
            { change: 'same', text: ' days.' },
          ],
        },
        {
          kind: 'paragraph',
          status: 'changed',
          pieces: [
            { change: 'same', text: 'Notice by ' },
            { change: 'deleted', text: 'post' },
            { change: 'inserted', text: 'e-mail' },
            { change: 'same', text: '.' },
          ],
        },
        { kind: 'paragraph', status: 'unchanged', pieces: [{ change: 'same', text: 'End.' }] },
      ],
    });
  });

  it('shows a changed heading as a change, under the newer title', () => {
    const older: OutlineSection[] = [
      { id: 'fees', title: 'Payment of Fees', blocks: [heading('Payment of Fees')] },
    ];
    const newer: OutlineSection[] = [
      {
        id: 'fees',
        title: 'Payment of Fees and Taxes',
        blocks: [heading('Payment of Fees and Taxes')],
      },
    ];
    expect(compareOutlines(older, newer, 'word')).toEqual([
      {
        id: 'fees',
        title: 'Payment of Fees and Taxes',
        status: 'changed',
        blocks: [
          {
            kind: 'heading',
            level: 2,
            status: 'changed',
            pieces: [
              { change: 'same', text: 'Payment of Fees' },
              { change: 'inserted', text: ' and Taxes' },
            ],
          },
        ],
      },
    ]);
  });

  it('shows a rewritten block as removed, then added', () => {
    const older = [section('a', 'The fee is thirty yuan.')];
    const newer = [section('a', 'Customers may cancel at any time without notice.')];
    expect(compareOutlines(older, newer, 'word')[0]?.blocks.slice(1)).toEqual([
      {
        kind: 'paragraph',
        status: 'removed',
        pieces: [{ change: 'deleted', text: 'The fee is thirty yuan.' }],
      },
      {
        kind: 'paragraph',
        status: 'added',
        pieces: [{ change: 'inserted', text: 'Customers may cancel at any time without notice.' }],
      },
    ]);
    const zhOlder = [section('a', '费用为三十元。')];
    const zhNewer = [section('a', '客户可随时取消订阅，无需另行通知。')];
    expect(
      compareOutlines(zhOlder, zhNewer, 'character')[0]?.blocks.map((block) => block.status),
    ).toEqual(['unchanged', 'removed', 'added']);
  });

  it('shows blocks left over after pairing as removed or added', () => {
    const shorter = compareOutlines(
      [section('a', 'Pay in thirty days.', 'Late fees apply.')],
      [section('a', 'Pay in fifteen days.')],
      'word',
    );
    expect(shorter[0]?.blocks.slice(1)).toEqual([
      {
        kind: 'paragraph',
        status: 'changed',
        pieces: [
          { change: 'same', text: 'Pay in ' },
          { change: 'deleted', text: 'thirty' },
          { change: 'inserted', text: 'fifteen' },
          { change: 'same', text: ' days.' },
        ],
      },
      {
        kind: 'paragraph',
        status: 'removed',
        pieces: [{ change: 'deleted', text: 'Late fees apply.' }],
      },
    ]);
    const longer = compareOutlines([section('a', 'One.')], [section('a', 'One.', 'Two.')], 'word');
    expect(longer[0]?.blocks.slice(1)).toEqual([
      { kind: 'paragraph', status: 'unchanged', pieces: [{ change: 'same', text: 'One.' }] },
      { kind: 'paragraph', status: 'added', pieces: [{ change: 'inserted', text: 'Two.' }] },
    ]);
  });

  it('does not pair blocks of different kinds', () => {
    const older: OutlineSection[] = [{ id: 'a', title: 'A', blocks: [para('Fees apply.')] }];
    const newer: OutlineSection[] = [
      { id: 'a', title: 'A', blocks: [{ kind: 'item', text: 'Fees apply.' }] },
    ];
    expect(compareOutlines(older, newer, 'word')[0]?.blocks).toEqual([
      {
        kind: 'paragraph',
        status: 'removed',
        pieces: [{ change: 'deleted', text: 'Fees apply.' }],
      },
      { kind: 'item', status: 'added', pieces: [{ change: 'inserted', text: 'Fees apply.' }] },
    ]);
  });

  it('puts added sections where the newer document has them', () => {
    const changes = compareOutlines(
      [section('a'), section('c')],
      [section('a'), section('b', 'New.'), section('c')],
      'word',
    );
    expect(changes.map(({ id, status }) => [id, status])).toEqual([
      ['a', 'unchanged'],
      ['b', 'added'],
      ['c', 'unchanged'],
    ]);
    expect(changes[1]?.blocks).toEqual([
      { kind: 'heading', level: 2, status: 'added', pieces: [{ change: 'inserted', text: 'B' }] },
      { kind: 'paragraph', status: 'added', pieces: [{ change: 'inserted', text: 'New.' }] },
    ]);
  });

  it('puts each removed section after the one it followed in the older document', () => {
    const changes = compareOutlines(
      [section('a'), section('b', 'Gone.'), section('c'), section('d'), section('e')],
      [section('a'), section('x'), section('c')],
      'word',
    );
    expect(changes.map(({ id, status }) => [id, status])).toEqual([
      ['a', 'unchanged'],
      ['b', 'removed'],
      ['x', 'added'],
      ['c', 'unchanged'],
      ['d', 'removed'],
      ['e', 'removed'],
    ]);
    expect(changes[1]).toEqual({
      id: 'b',
      title: 'B',
      status: 'removed',
      blocks: [
        {
          kind: 'heading',
          level: 2,
          status: 'removed',
          pieces: [{ change: 'deleted', text: 'B' }],
        },
        { kind: 'paragraph', status: 'removed', pieces: [{ change: 'deleted', text: 'Gone.' }] },
      ],
    });
  });

  it('puts a removed first section first, and compares the intro like any section', () => {
    const intro = (text: string): OutlineSection => ({ id: '', title: '', blocks: [para(text)] });
    const changes = compareOutlines(
      [section('a'), section('b')],
      [intro('新的前言。'), section('b')],
      'character',
    );
    expect(changes.map(({ id, status }) => [id, status])).toEqual([
      ['a', 'removed'],
      ['', 'added'],
      ['b', 'unchanged'],
    ]);
    const edited = compareOutlines([intro('旧的前言。')], [intro('新的前言。')], 'character');
    expect(edited).toEqual([
      {
        id: '',
        title: '',
        status: 'changed',
        blocks: [
          {
            kind: 'paragraph',
            status: 'changed',
            pieces: [
              { change: 'deleted', text: '旧' },
              { change: 'inserted', text: '新' },
              { change: 'same', text: '的前言。' },
            ],
          },
        ],
      },
    ]);
  });
});

describe('summarize', () => {
  it('counts the sections by status', () => {
    const changes = compareOutlines(
      [section('a'), section('b', 'Old.'), section('c'), section('d')],
      [section('a'), section('b', 'New text.'), section('e'), section('d')],
      'word',
    );
    expect(changes.map(({ id, status }) => [id, status])).toEqual([
      ['a', 'unchanged'],
      ['b', 'changed'],
      ['c', 'removed'],
      ['e', 'added'],
      ['d', 'unchanged'],
    ]);
    expect(summarize(changes)).toEqual({
      changed: 1,
      added: 1,
      removed: 1,
      unchanged: 2,
      marks: 0,
    });
    expect(summarize([])).toEqual({ changed: 0, added: 0, removed: 0, unchanged: 0, marks: 0 });
  });
});
