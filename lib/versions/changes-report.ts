// What `npm run content:changes` prints: the changes between two texts of a document, section by
// section, as plain text an editor reads in a terminal before writing the change summary. It
// comes from the same comparison as the redline pages, so it shows every change they show,
// key-clause marks included.
import {
  blockChanges,
  onlyMarksChanged,
  summarize,
  type BlockChange,
  type Piece,
  type SectionChange,
} from '@/lib/versions/redline';
import { fill, markNotes, type RedlineLabels } from '@/lib/versions/redline-html';

/** How the report writes added and removed words, and the text of key clauses. */
export const REPORT_MARKS = { inserted: ['{+', '+}'], deleted: ['[-', '-]'], key: ['«', '»'] };

export const REPORT_LEGEND =
  'Legend: {+added+}  [-removed-]  «key clause»; a note in brackets where a key clause was newly marked or lost its mark.';

function piecesText(block: BlockChange, labels: RedlineLabels): string {
  const { wording } = blockChanges(block);
  const notes = markNotes(block.pieces);
  return block.pieces
    .map((piece: Piece, i) => {
      let text = piece.text;
      if (piece.key === 'marked' || piece.key === 'newly-marked') {
        text = `${REPORT_MARKS.key[0]}${text}${REPORT_MARKS.key[1]}`;
      }
      if (piece.change !== 'same') {
        const [open, close] = REPORT_MARKS[piece.change];
        text = `${open}${text}${close}`;
      }
      const note = notes[i];
      if (note === 'marked') {
        text = (wording ? labels.keyMarked : labels.keyMarkedWordingUnchanged) + text;
      }
      if (note === 'unmarked') {
        text = (wording ? labels.keyUnmarked : labels.keyUnmarkedWordingUnchanged) + text;
      }
      return text;
    })
    .join('');
}

const BULLETS: Record<BlockChange['kind'], string> = {
  heading: '### ',
  paragraph: '',
  item: '- ',
  row: '| ',
};

function statusLine(change: SectionChange, labels: RedlineLabels): string {
  if (change.status === 'added') return labels.sectionAdded;
  if (change.status === 'removed') return labels.sectionRemoved;
  if (change.status === 'unchanged') return labels.unchanged;
  return onlyMarksChanged(change) ? labels.marksOnly : '';
}

/**
 * The report: a heading line per section with its id and status, then, for every section with
 * changes, each of its blocks with the changes marked. Sections without changes take one line.
 */
export function changesReport(changes: readonly SectionChange[], labels: RedlineLabels): string {
  const lines: string[] = [];
  for (const change of changes) {
    const title = change.title || labels.introduction;
    const status = statusLine(change, labels);
    lines.push(`## ${title} [#${change.id || 'introduction'}]${status ? `  (${status})` : ''}`);
    if (change.status === 'unchanged') continue;
    const [head, ...rest] = change.blocks;
    const body = head?.kind === 'heading' && head.level === 2 ? rest : change.blocks;
    if (head?.kind === 'heading' && head.level === 2 && head.status !== 'unchanged') {
      lines.push(`   ${piecesText(head, labels)}`);
    }
    for (const [i, block] of body.entries()) {
      // A run of blocks without changes is one line of dots, as a diff leaves out its context.
      if (block.status === 'unchanged') {
        if (body[i - 1]?.status !== 'unchanged') lines.push('   …');
        continue;
      }
      lines.push(`   ${BULLETS[block.kind]}${piecesText(block, labels)}`);
    }
    lines.push('');
  }
  const counts = summarize([...changes]);
  lines.push(fill(counts.marks > 0 ? labels.countsWithMarks : labels.counts, counts));
  return lines.join('\n');
}
