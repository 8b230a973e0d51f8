// Tests that the redline sees key-clause marks (<Key>): a mark added, removed or moved counts as a
// change even where the words stayed, and words changed inside a mark keep the mark. The
// documents are compiled from MDX, as the pages compile them.
import { describe, expect, it } from 'vitest';
import { compileDocument } from '@/lib/mdx/compile';
import { splitMarks, type KeyRanges } from '@/lib/mdx/rehype-outline';
import {
  blockChanges,
  compareOutlines,
  markPieces,
  onlyMarksChanged,
  summarize,
  type Piece,
} from '@/lib/versions/redline';

const front = (locale: string) =>
  `---\ntitle: T\ndescription: D\nlastUpdated: 2020-01-01\nprevailingLanguage: zh-CN\n---\n`.replace(
    'T\n',
    `T ${locale}\n`,
  );

async function outlineOf(body: string) {
  return (await compileDocument(`${front('x')}\n${body}`, 'content/sample/zh-CN.mdx')).outline;
}

async function compare(older: string, newer: string, granularity: 'word' | 'character') {
  return compareOutlines(await outlineOf(older), await outlineOf(newer), granularity);
}

/** The text of a section's pieces, each written with its change and mark, for readable asserts. */
const shown = (pieces: Piece[]) =>
  pieces.map((p) => `${p.change}${p.key ? `/${p.key}` : ''}:${p.text}`);

describe('the outline of key clauses', () => {
  it('records where each <Key> stands in its block, with whitespace tidied', async () => {
    const outline = await outlineOf(
      '## A [#a]\n\nBefore <Key>the   marked clause.</Key> After.\n\n- <Key>an item</Key>\n',
    );
    expect(outline[0]?.blocks.slice(1)).toEqual([
      { kind: 'paragraph', text: 'Before the marked clause. After.', keys: [[7, 25]] },
      { kind: 'item', text: 'an item', keys: [[0, 7]] },
    ]);
  });

  it('records a key clause that fills its paragraph, and nothing for a block without one', async () => {
    const outline = await outlineOf('## A [#a]\n\n<Key>整段均为重要条款。</Key>\n\n普通段落。\n');
    expect(outline[0]?.blocks.slice(1)).toEqual([
      { kind: 'paragraph', text: '整段均为重要条款。', keys: [[0, 9]] },
      { kind: 'paragraph', text: '普通段落。' },
    ]);
  });

  it('keeps two marks in one block apart, and drops a mark around nothing but space', () => {
    expect(splitMarks('a \uE000b\uE001 c \uE000d\uE001')).toEqual({
      text: 'a b c d',
      keys: [
        [2, 3],
        [6, 7],
      ],
    });
    expect(splitMarks(' \uE000 x \uE001 ')).toEqual({ text: 'x', keys: [[0, 1]] });
    expect(splitMarks('a\uE000 \uE001b')).toEqual({ text: 'a b', keys: [] });
  });

  it('does not let the text itself forge a mark', async () => {
    const outline = await outlineOf('## A [#a]\n\nplain \uE000text\uE001 here\n');
    expect(outline[0]?.blocks[1]).toEqual({ kind: 'paragraph', text: 'plain text here' });
  });
});

describe('a redline of key-clause marks', () => {
  const old =
    '## A [#a]\n\n如您违反本节规定，我们可暂停您的访问。其他约定不变。\n\n## B [#b]\n\n无关内容。\n';

  it('counts a section whose only change is a mark added, and says the words stayed', async () => {
    const changes = await compare(
      old,
      old.replace(
        '如您违反本节规定，我们可暂停您的访问。',
        '<Key>如您违反本节规定，我们可暂停您的访问。</Key>',
      ),
      'character',
    );
    const [a, b] = changes;
    expect(a?.status).toBe('changed');
    expect(b?.status).toBe('unchanged');
    expect(shown(a!.blocks[1]!.pieces)).toEqual([
      'same/newly-marked:如您违反本节规定，我们可暂停您的访问。',
      'same:其他约定不变。',
    ]);
    expect(blockChanges(a!.blocks[1]!)).toEqual({ wording: false, marked: true, unmarked: false });
    expect(onlyMarksChanged(a!)).toBe(true);
    expect(summarize(changes)).toEqual({
      changed: 1,
      added: 0,
      removed: 0,
      unchanged: 1,
      marks: 1,
    });
  });

  it('counts a mark removed', async () => {
    const marked = old.replace('其他约定不变。', '<Key>其他约定不变。</Key>');
    const changes = await compare(marked, old, 'character');
    expect(changes[0]?.status).toBe('changed');
    expect(shown(changes[0]!.blocks[1]!.pieces)).toEqual([
      'same:如您违反本节规定，我们可暂停您的访问。',
      'same/unmarked:其他约定不变。',
    ]);
    expect(blockChanges(changes[0]!.blocks[1]!).unmarked).toBe(true);
  });

  it('shows a mark moved from one clause to another as removed there and added here', async () => {
    const first = old.replace(
      '如您违反本节规定，我们可暂停您的访问。',
      '<Key>如您违反本节规定，我们可暂停您的访问。</Key>',
    );
    const second = old.replace('其他约定不变。', '<Key>其他约定不变。</Key>');
    const changes = await compare(first, second, 'character');
    expect(shown(changes[0]!.blocks[1]!.pieces)).toEqual([
      'same/unmarked:如您违反本节规定，我们可暂停您的访问。',
      'same/newly-marked:其他约定不变。',
    ]);
    expect(onlyMarksChanged(changes[0]!)).toBe(true);
  });

  it('shows a mark moved to another block of the section', async () => {
    const older = '## A [#a]\n\n<Key>First clause.</Key>\n\nSecond clause.\n';
    const newer = '## A [#a]\n\nFirst clause.\n\n<Key>Second clause.</Key>\n';
    const changes = await compare(older, newer, 'word');
    expect(changes[0]!.blocks.slice(1).map((b) => shown(b.pieces))).toEqual([
      ['same/unmarked:First clause.'],
      ['same/newly-marked:Second clause.'],
    ]);
  });

  it('keeps the mark on words changed inside it, with no mark said to change', async () => {
    const older =
      '## A [#a]\n\nYou <Key>may not use the site for thirty days</Key> after notice.\n';
    const newer =
      '## A [#a]\n\nYou <Key>may not use the site for fifteen days</Key> after notice.\n';
    const changes = await compare(older, newer, 'word');
    const block = changes[0]!.blocks[1]!;
    expect(shown(block.pieces)).toEqual([
      'same:You ',
      'same/marked:may not use the site for ',
      'deleted/marked:thirty',
      'inserted/marked:fifteen',
      'same/marked: days',
      'same: after notice.',
    ]);
    expect(blockChanges(block)).toEqual({ wording: true, marked: false, unmarked: false });
    expect(summarize(changes).marks).toBe(0);
  });

  it('marks the key clauses of text that did not change, of added and of removed text', async () => {
    const changes = await compare(
      '## A [#a]\n\n<Key>Kept.</Key>\n\n## Gone [#gone]\n\n<Key>Old clause.</Key>\n',
      '## A [#a]\n\n<Key>Kept.</Key>\n\n## New [#new]\n\nA <Key>new clause</Key>.\n',
      'word',
    );
    expect(changes.map((c) => [c.id, c.status])).toEqual([
      ['a', 'unchanged'],
      ['gone', 'removed'],
      ['new', 'added'],
    ]);
    expect(shown(changes[0]!.blocks[1]!.pieces)).toEqual(['same/marked:Kept.']);
    expect(shown(changes[1]!.blocks[1]!.pieces)).toEqual(['deleted/marked:Old clause.']);
    expect(shown(changes[2]!.blocks[1]!.pieces)).toEqual([
      'inserted:A ',
      'inserted/marked:new clause',
      'inserted:.',
    ]);
  });
});

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The key ranges a version's pieces spell, in that version's offsets. */
function spelledKeys(pieces: Piece[], version: 'older' | 'newer'): KeyRanges {
  const ranges: KeyRanges = [];
  let at = 0;
  for (const piece of pieces) {
    const skip = version === 'older' ? 'inserted' : 'deleted';
    if (piece.change === skip) continue;
    const inKey =
      piece.key === 'marked' ||
      (version === 'older' ? piece.key === 'unmarked' : piece.key === 'newly-marked');
    const end = at + piece.text.length;
    const last = ranges.at(-1);
    if (inKey && last && last[1] === at) last[1] = end;
    else if (inKey) ranges.push([at, end]);
    at = end;
  }
  return ranges;
}

describe('marked pieces, over seeded random texts and marks', () => {
  const words = ['您', '应当', '我们', '不承担', '责任', 'the', 'site', ' ', '，', '。', 'may'];
  const text = (next: () => number) =>
    Array.from(
      { length: 2 + Math.floor(next() * 12) },
      () => words[Math.floor(next() * words.length)],
    ).join('');
  const ranges = (next: () => number, length: number): KeyRanges => {
    const cuts = [
      ...new Set(Array.from({ length: 4 }, () => Math.floor(next() * (length + 1)))),
    ].sort((a, b) => a - b);
    const result: KeyRanges = [];
    for (let i = 0; i + 1 < cuts.length; i += 2) {
      if (cuts[i]! < cuts[i + 1]!) result.push([cuts[i]!, cuts[i + 1]!]);
    }
    return result;
  };

  it('spell both versions’ words and both versions’ marks exactly', () => {
    const next = random(496);
    for (let run = 0; run < 500; run++) {
      const older = text(next);
      const newer = next() < 0.3 ? older : text(next);
      const olderKeys = ranges(next, older.length);
      const newerKeys = ranges(next, newer.length);
      const base: Piece[] =
        older === newer
          ? [{ change: 'same', text: older }]
          : [
              { change: 'deleted', text: older },
              { change: 'inserted', text: newer },
            ];
      const pieces = markPieces(base, olderKeys, newerKeys);
      const spell = (skip: Piece['change']) =>
        pieces
          .filter((p) => p.change !== skip)
          .map((p) => p.text)
          .join('');
      expect(spell('inserted')).toBe(older);
      expect(spell('deleted')).toBe(newer);
      expect(spelledKeys(pieces, 'older')).toEqual(olderKeys);
      expect(spelledKeys(pieces, 'newer')).toEqual(newerKeys);
      expect(pieces.every((p) => p.text !== '')).toBe(true);
    }
  });
});
