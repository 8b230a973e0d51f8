// Compares two versions of a document's outline, section by section and block by block, into the
// inline changes a redline page shows: words added and removed, and key-clause marks added and
// removed. Pure: no file system, no React.
import { diffArrays, diffChars, diffWords, diffWordsWithSpace, type Change } from 'diff';
import type { KeyRanges, OutlineBlock, OutlineSection } from '@/lib/mdx/rehype-outline';

export type Granularity = 'word' | 'character';
/**
 * Whether a piece of text is in a key clause (<Key>): `marked` when it is (in both versions for
 * text that stayed, in its own version for text added or removed), `newly-marked` for text that
 * stayed and gained the mark, `unmarked` for text that stayed and lost it. Absent otherwise.
 */
export type KeyMark = 'marked' | 'newly-marked' | 'unmarked';
export type Piece = { change: 'same' | 'inserted' | 'deleted'; text: string; key?: KeyMark };
export type Status = 'unchanged' | 'changed' | 'added' | 'removed';
export type BlockChange = {
  kind: OutlineBlock['kind'];
  level?: number;
  status: Status;
  pieces: Piece[];
};
export type SectionChange = { id: string; title: string; status: Status; blocks: BlockChange[] };

/** Below this share of text in common, a reworded block reads better as removed plus added. */
const MIN_SIMILARITY = 0.3;

/** Chinese has no spaces between words, so it is compared character by character. */
export function granularityFor(locale: 'zh-CN' | 'en'): Granularity {
  return locale === 'zh-CN' ? 'character' : 'word';
}

const length = (text: string): number => Array.from(text).length;

const joined = (pieces: Piece[], skip: Piece['change']): string =>
  pieces
    .filter((piece) => piece.change !== skip)
    .map((piece) => piece.text)
    .join('');

function toPieces(changes: Change[]): Piece[] {
  return changes
    .filter((change) => change.value !== '')
    .map((change) => ({
      change: change.added ? 'inserted' : change.removed ? 'deleted' : 'same',
      text: change.value,
    }));
}

/**
 * The raw pieces from jsdiff. diffWords ignores differences in whitespace and reports common text
 * as it is in the newer string, so when two texts differ only around a space ("e mail",
 * "e-mail") the pieces would no longer spell the older text; diffWordsWithSpace, which treats
 * whitespace as words, is exact, and the clean-up hides the confetti it can make.
 */
function rawPieces(older: string, newer: string, granularity: Granularity): Piece[] {
  if (granularity === 'character') return toPieces(diffChars(older, newer));
  const pieces = toPieces(diffWords(older, newer));
  if (joined(pieces, 'inserted') === older && joined(pieces, 'deleted') === newer) return pieces;
  return toPieces(diffWordsWithSpace(older, newer));
}

/** Common text too short to read as anything but noise between two changes. */
function isTrivial(text: string, granularity: Granularity): boolean {
  if (granularity === 'character') return length(text) <= 2 || /^[\s\p{P}\p{S}]+$/u.test(text);
  return /^\s*(?:\p{L}{1,3}\s*)?$/u.test(text);
}

/** Adjacent pieces of the same change become one. */
function merge(pieces: Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last && last.change === piece.change) last.text += piece.text;
    else merged.push({ ...piece });
  }
  return merged;
}

/** A trivial common piece between two changes is shown as deleted and inserted again. */
function foldTrivial(pieces: Piece[], granularity: Granularity): Piece[] {
  return pieces.flatMap((piece, index) => {
    const before = pieces[index - 1];
    const after = pieces[index + 1];
    const sandwiched = before && after && before.change !== 'same' && after.change !== 'same';
    if (piece.change !== 'same' || !sandwiched || !isTrivial(piece.text, granularity)) {
      return [piece];
    }
    return [
      { change: 'deleted' as const, text: piece.text },
      { change: 'inserted' as const, text: piece.text },
    ];
  });
}

/** Each run of changes reads as all its deleted text, then all its inserted text. */
function regroup(pieces: Piece[]): Piece[] {
  const result: Piece[] = [];
  let run: Piece[] = [];
  const flush = () => {
    result.push(...run.filter((piece) => piece.change === 'deleted'));
    result.push(...run.filter((piece) => piece.change === 'inserted'));
    run = [];
  };
  for (const piece of pieces) {
    if (piece.change === 'same') {
      flush();
      result.push(piece);
    } else {
      run.push(piece);
    }
  }
  flush();
  return merge(result);
}

/**
 * The changes from `older` to `newer`, as whole phrases: the same and deleted pieces spell
 * `older`, the same and inserted pieces spell `newer`.
 */
export function diffText(older: string, newer: string, granularity: Granularity): Piece[] {
  if (older === newer) return older === '' ? [] : [{ change: 'same', text: older }];
  const pieces = merge(rawPieces(older, newer, granularity));
  return regroup(foldTrivial(pieces, granularity));
}

const inRanges = (ranges: KeyRanges | undefined, at: number): boolean =>
  (ranges ?? []).some(([start, end]) => start <= at && at < end);

/** The offsets strictly inside [from, to) where a range of `ranges` starts or ends. */
const edgesWithin = (ranges: KeyRanges | undefined, from: number, to: number): number[] =>
  (ranges ?? []).flat().filter((edge) => edge > from && edge < to);

function keyMark(change: Piece['change'], inOlder: boolean, inNewer: boolean): KeyMark | undefined {
  if (change === 'inserted') return inNewer ? 'marked' : undefined;
  if (change === 'deleted') return inOlder ? 'marked' : undefined;
  if (inOlder && inNewer) return 'marked';
  if (inNewer) return 'newly-marked';
  return inOlder ? 'unmarked' : undefined;
}

/**
 * The pieces of a block's changes cut where a key clause starts or ends in either version, each
 * saying how it stands to the marks. The same and deleted pieces run through the older text, the
 * same and inserted ones through the newer, so each piece's offsets are known in its versions.
 */
export function markPieces(pieces: Piece[], older?: KeyRanges, newer?: KeyRanges): Piece[] {
  if (!older?.length && !newer?.length) return pieces;
  const result: Piece[] = [];
  let atOlder = 0;
  let atNewer = 0;
  for (const piece of pieces) {
    const { length: size } = piece.text;
    const oldStart = piece.change === 'inserted' ? undefined : atOlder;
    const newStart = piece.change === 'deleted' ? undefined : atNewer;
    const cuts = new Set([0, size]);
    if (oldStart !== undefined) {
      edgesWithin(older, oldStart, oldStart + size).forEach((e) => cuts.add(e - oldStart));
    }
    if (newStart !== undefined) {
      edgesWithin(newer, newStart, newStart + size).forEach((e) => cuts.add(e - newStart));
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    sorted.slice(1).forEach((end, i) => {
      const start = sorted[i]!;
      const inOlder = oldStart !== undefined && inRanges(older, oldStart + start);
      const inNewer = newStart !== undefined && inRanges(newer, newStart + start);
      const key = keyMark(piece.change, inOlder, inNewer);
      result.push({
        change: piece.change,
        text: piece.text.slice(start, end),
        ...(key && { key }),
      });
    });
    if (oldStart !== undefined) atOlder += size;
    if (newStart !== undefined) atNewer += size;
  }
  return result;
}

const levelOf = (block: OutlineBlock): number | undefined =>
  block.kind === 'heading' ? block.level : undefined;

const sameKeys = (a: KeyRanges | undefined, b: KeyRanges | undefined): boolean =>
  JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

// A block whose marks changed is not the same block, though its words are.
const sameBlock = (a: OutlineBlock, b: OutlineBlock): boolean =>
  a.kind === b.kind && levelOf(a) === levelOf(b) && a.text === b.text && sameKeys(a.keys, b.keys);

function blockChange(block: OutlineBlock, status: Status, pieces: Piece[]): BlockChange {
  const level = levelOf(block);
  return { kind: block.kind, ...(level === undefined ? {} : { level }), status, pieces };
}

const unchangedBlock = (block: OutlineBlock): BlockChange =>
  blockChange(
    block,
    'unchanged',
    markPieces([{ change: 'same', text: block.text }], block.keys, block.keys),
  );
const addedBlock = (block: OutlineBlock): BlockChange =>
  blockChange(
    block,
    'added',
    markPieces([{ change: 'inserted', text: block.text }], [], block.keys),
  );
const removedBlock = (block: OutlineBlock): BlockChange =>
  blockChange(block, 'removed', markPieces([{ change: 'deleted', text: block.text }], block.keys));

const sameLength = (pieces: Piece[]): number =>
  pieces
    .filter((piece) => piece.change === 'same')
    .reduce((sum, piece) => sum + length(piece.text), 0);

/**
 * A removed block and the added block in its place: one changed block when they are of the same
 * kind and have enough text in common to read as an edit; otherwise a reader is better served by
 * the old text struck out whole and the new text after it.
 */
function pairBlocks(older: OutlineBlock, newer: OutlineBlock, granularity: Granularity) {
  if (older.kind !== newer.kind || levelOf(older) !== levelOf(newer)) {
    return [removedBlock(older), addedBlock(newer)];
  }
  const pieces = diffText(older.text, newer.text, granularity);
  const longer = Math.max(length(older.text), length(newer.text));
  if (sameLength(pieces) < MIN_SIMILARITY * longer) return [removedBlock(older), addedBlock(newer)];
  return [blockChange(newer, 'changed', markPieces(pieces, older.keys, newer.keys))];
}

/** The blocks removed and added between two unchanged ones, paired one by one in order. */
function pairRun(removed: OutlineBlock[], added: OutlineBlock[], granularity: Granularity) {
  const changes: BlockChange[] = [];
  const pairs = Math.min(removed.length, added.length);
  for (let i = 0; i < pairs; i++) {
    changes.push(...pairBlocks(removed[i]!, added[i]!, granularity));
  }
  changes.push(...removed.slice(pairs).map(removedBlock));
  changes.push(...added.slice(pairs).map(addedBlock));
  return changes;
}

function compareBlocks(older: OutlineBlock[], newer: OutlineBlock[], granularity: Granularity) {
  const changes: BlockChange[] = [];
  let removed: OutlineBlock[] = [];
  let added: OutlineBlock[] = [];
  const flush = () => {
    changes.push(...pairRun(removed, added, granularity));
    removed = [];
    added = [];
  };
  for (const change of diffArrays(older, newer, { comparator: sameBlock })) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) added.push(...change.value);
    else {
      flush();
      changes.push(...change.value.map(unchangedBlock));
    }
  }
  flush();
  return changes;
}

function compareSection(
  older: OutlineSection,
  newer: OutlineSection,
  granularity: Granularity,
): SectionChange {
  const blocks = compareBlocks(older.blocks, newer.blocks, granularity);
  const same = blocks.every((block) => block.status === 'unchanged');
  return { id: newer.id, title: newer.title, status: same ? 'unchanged' : 'changed', blocks };
}

const addedSection = ({ id, title, blocks }: OutlineSection): SectionChange => ({
  id,
  title,
  status: 'added',
  blocks: blocks.map(addedBlock),
});

const removedSection = ({ id, title, blocks }: OutlineSection): SectionChange => ({
  id,
  title,
  status: 'removed',
  blocks: blocks.map(removedBlock),
});

/**
 * The changes between two outlines, section by section, paired by id (ids are unique within a
 * document: the content checker sees to that). The order is the newer document's, with each
 * removed section put back after the section it followed in the older one, where a reader of the
 * old version would look for it.
 */
export function compareOutlines(
  older: OutlineSection[],
  newer: OutlineSection[],
  granularity: Granularity,
): SectionChange[] {
  const olderById = new Map(older.map((section) => [section.id, section]));
  const newerIds = new Set(newer.map((section) => section.id));
  const changes = newer.map((section) => {
    const before = olderById.get(section.id);
    return before ? compareSection(before, section, granularity) : addedSection(section);
  });
  older.forEach((section, index) => {
    if (newerIds.has(section.id)) return;
    const previous = older[index - 1];
    const at = previous ? changes.findIndex((change) => change.id === previous.id) + 1 : 0;
    changes.splice(at, 0, removedSection(section));
  });
  return changes;
}

/** Whether a block's words changed, and whether text that stayed gained or lost a mark. */
export function blockChanges(block: BlockChange): {
  wording: boolean;
  marked: boolean;
  unmarked: boolean;
} {
  const { pieces } = block;
  return {
    wording: pieces.some((piece) => piece.change !== 'same'),
    marked: pieces.some((piece) => piece.key === 'newly-marked'),
    unmarked: pieces.some((piece) => piece.key === 'unmarked'),
  };
}

/** A changed section whose words all stayed: only the marking of its key clauses changed. */
export function onlyMarksChanged(change: SectionChange): boolean {
  if (change.status !== 'changed') return false;
  const blocks = change.blocks.map(blockChanges);
  return blocks.every((b) => !b.wording) && blocks.some((b) => b.marked || b.unmarked);
}

const marksChanged = (change: SectionChange): boolean =>
  change.blocks.some((block) => {
    const { marked, unmarked } = blockChanges(block);
    return marked || unmarked;
  });

/**
 * How many sections changed, were added, were removed and stayed the same, and in how many of
 * them a key-clause mark was added to or removed from text that stayed.
 */
export function summarize(changes: SectionChange[]): {
  changed: number;
  added: number;
  removed: number;
  unchanged: number;
  marks: number;
} {
  const counts = { changed: 0, added: 0, removed: 0, unchanged: 0, marks: 0 };
  for (const change of changes) {
    counts[change.status] += 1;
    if (marksChanged(change)) counts.marks += 1;
  }
  return counts;
}
