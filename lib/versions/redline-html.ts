// Draws a redline as HTML: the article of a changes page, with its heading, its notice, the list
// of changed sections and every section with its changes and key-clause marks. Pure and free of
// React on purpose: the prerendered changes pages, the site's server answering a comparison of
// any two versions, and the script that draws one in the browser on the static export all call
// it, so the three cannot differ by a byte.
import {
  blockChanges,
  onlyMarksChanged,
  summarize,
  type BlockChange,
  type Piece,
  type SectionChange,
} from '@/lib/versions/redline';

/**
 * The words of a redline in one language, as locales/<locale>.json writes them under `redline`.
 * `{name}` stands for a value; `legend` holds <ins>, <del> and <key> around the words they show.
 */
export type RedlineLabels = {
  introduction: string;
  sectionAdded: string;
  sectionRemoved: string;
  unchanged: string;
  showUnchanged: string;
  changedSections: string;
  legend: string;
  counts: string;
  countsWithMarks: string;
  keyMarked: string;
  keyUnmarked: string;
  keyMarkedWordingUnchanged: string;
  keyUnmarkedWordingUnchanged: string;
  marksOnly: string;
};

export const REDLINE_LABEL_KEYS = [
  'introduction',
  'sectionAdded',
  'sectionRemoved',
  'unchanged',
  'showUnchanged',
  'changedSections',
  'legend',
  'counts',
  'countsWithMarks',
  'keyMarked',
  'keyUnmarked',
  'keyMarkedWordingUnchanged',
  'keyUnmarkedWordingUnchanged',
  'marksOnly',
] as const satisfies readonly (keyof RedlineLabels)[];

/** What a redline article says besides its sections; every string is already in its language. */
export type RedlineArticle = {
  title: string;
  intro: string;
  links: readonly { href: string; label: string }[];
  /** What the newer version changed, as its editors summed it up (against the version before). */
  summary?: string;
  /** Over several versions, what each of them changed: its label and its summary. */
  summaries: readonly { label: string; summary?: string }[];
  /** ': ' or '：', between a version's label and its summary. */
  colon: string;
  changes: readonly SectionChange[];
};

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
};

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A `{name}` template with its values, as next-intl fills one without plural or select. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );

const TAGS: Record<string, [string, string]> = {
  ins: ['<ins>', '</ins>'],
  del: ['<del>', '</del>'],
  key: ['<strong class="key-clause">', '</strong>'],
};

/** A label with <ins>, <del> or <key> around some of its words, everything else escaped. */
function rich(template: string): string {
  return template
    .split(/(<\/?(?:ins|del|key)>)/)
    .map((part) => {
      const tag = /^<(\/?)(ins|del|key)>$/.exec(part);
      return tag ? TAGS[tag[2]!]![tag[1] ? 1 : 0] : escapeHtml(part);
    })
    .join('');
}

/** Newer-text pieces are the same and inserted ones; older-text pieces the same and deleted. */
const inNewerKey = (p: Piece) =>
  p.change !== 'deleted' && (p.key === 'marked' || p.key === 'newly-marked');
const inOlderKey = (p: Piece) =>
  p.change !== 'inserted' && (p.key === 'marked' || p.key === 'unmarked');

/**
 * Where a note goes before a piece: before the first text that stayed and gained the mark in
 * each key clause of the newer text, and before the first that lost it in each of the older.
 */
export function markNotes(pieces: readonly Piece[]): ('marked' | 'unmarked' | undefined)[] {
  let newerNoted = false;
  let olderNoted = false;
  return pieces.map((piece) => {
    if (piece.change !== 'deleted' && !inNewerKey(piece)) newerNoted = false;
    if (piece.change !== 'inserted' && !inOlderKey(piece)) olderNoted = false;
    if (piece.key === 'newly-marked' && !newerNoted) return ((newerNoted = true), 'marked');
    if (piece.key === 'unmarked' && !olderNoted) return ((olderNoted = true), 'unmarked');
    return undefined;
  });
}

function piecesHtml(block: BlockChange, labels: RedlineLabels): string {
  const { wording } = blockChanges(block);
  const note = {
    marked: wording ? labels.keyMarked : labels.keyMarkedWordingUnchanged,
    unmarked: wording ? labels.keyUnmarked : labels.keyUnmarkedWordingUnchanged,
  };
  const notes = markNotes(block.pieces);
  return block.pieces
    .map((piece, i) => {
      let html = escapeHtml(piece.text);
      if (piece.key === 'marked') html = `<strong class="key-clause">${html}</strong>`;
      if (piece.key === 'newly-marked') {
        html = `<strong class="key-clause redline-key redline-key--marked">${html}</strong>`;
      }
      if (piece.key === 'unmarked')
        html = `<span class="redline-key redline-key--unmarked">${html}</span>`;
      if (piece.change === 'inserted') html = `<ins>${html}</ins>`;
      if (piece.change === 'deleted') html = `<del>${html}</del>`;
      const before = notes[i];
      return before
        ? `<span class="redline-key__note">${escapeHtml(note[before])}</span>${html}`
        : html;
    })
    .join('');
}

/** Consecutive list items become one list; every other block stands alone. */
function group(blocks: readonly BlockChange[]): BlockChange[][] {
  const groups: BlockChange[][] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.kind === 'item' && last?.[0]?.kind === 'item') last.push(block);
    else groups.push([block]);
  }
  return groups;
}

function blocksHtml(blocks: readonly BlockChange[], labels: RedlineLabels): string {
  return group(blocks)
    .map((run) => {
      const first = run[0]!;
      if (first.kind === 'item') {
        const items = run.map(
          (item) => `<li data-change="${item.status}">${piecesHtml(item, labels)}</li>`,
        );
        return `<ul>${items.join('')}</ul>`;
      }
      const tag = first.kind === 'heading' ? `h${Math.min(Math.max(first.level ?? 3, 3), 6)}` : 'p';
      return `<${tag} data-change="${first.status}">${piecesHtml(first, labels)}</${tag}>`;
    })
    .join('');
}

const sectionId = (change: SectionChange) => change.id || 'introduction';

function statusOf(change: SectionChange, labels: RedlineLabels): string {
  if (change.status === 'added') return labels.sectionAdded;
  if (change.status === 'removed') return labels.sectionRemoved;
  return onlyMarksChanged(change) ? labels.marksOnly : '';
}

/** One section: its heading (with any change to it), its status, and its blocks. */
export function sectionHtml(change: SectionChange, labels: RedlineLabels): string {
  const [head, ...rest] = change.blocks;
  const titled = head?.kind === 'heading' && head.level === 2;
  const body = titled ? rest : change.blocks;
  const heading = titled ? piecesHtml(head, labels) : escapeHtml(labels.introduction);
  const status = statusOf(change, labels);
  const blocks =
    change.status === 'unchanged'
      ? `<details class="redline-section__unchanged"><summary>${escapeHtml(
          `${labels.unchanged} ${labels.showUnchanged}`,
        )}</summary>${blocksHtml(body, labels)}</details>`
      : blocksHtml(body, labels);
  return [
    `<section class="redline-section" data-change="${change.status}">`,
    `<h2 id="${escapeHtml(sectionId(change))}">${heading}</h2>`,
    status && `<p class="redline-section__status">${escapeHtml(status)}</p>`,
    blocks,
    '</section>',
  ].join('');
}

/** The sections with changes, linked, as the document's contents list draws its entries. */
function contentsHtml(changes: readonly SectionChange[], labels: RedlineLabels): string {
  const changed = changes.filter((c) => c.status !== 'unchanged');
  if (changed.length === 0) return '';
  const items = changed.map(
    (c) =>
      `<li><a href="#${escapeHtml(sectionId(c))}">${escapeHtml(c.title || labels.introduction)}</a></li>`,
  );
  return (
    '<nav class="table-of-contents" id="contents" aria-labelledby="contents-heading">' +
    `<h2 id="contents-heading" class="table-of-contents__title">${escapeHtml(labels.changedSections)}</h2>` +
    `<ol>${items.join('')}</ol></nav>`
  );
}

function noticeHtml(article: RedlineArticle, labels: RedlineLabels): string {
  const counts = summarize([...article.changes]);
  const summaries = article.summaries.map(
    ({ label, summary }) =>
      `<li><strong>${escapeHtml(label)}</strong>${summary ? escapeHtml(article.colon + summary) : ''}</li>`,
  );
  return [
    '<div class="notice">',
    summaries.length === 0 && article.summary
      ? `<p><strong>${escapeHtml(article.summary)}</strong></p>`
      : '',
    summaries.length > 0 ? `<ul class="redline-page__summaries">${summaries.join('')}</ul>` : '',
    `<p>${rich(labels.legend)}</p>`,
    `<p>${escapeHtml(fill(counts.marks > 0 ? labels.countsWithMarks : labels.counts, counts))}</p>`,
    '</div>',
  ].join('');
}

/** The inside of a redline page's <article>: heading, notice, changed sections, every section. */
export function redlineArticleHtml(article: RedlineArticle, labels: RedlineLabels): string {
  const links = article.links.map(
    ({ href, label }) => `<li><a href="${escapeHtml(href)}">${escapeHtml(label)}</a></li>`,
  );
  return [
    '<header class="legal-document__header">',
    `<h1>${escapeHtml(article.title)}</h1>`,
    `<p>${escapeHtml(article.intro)}</p>`,
    `<ul class="link-list--row legal-document__related">${links.join('')}</ul>`,
    '</header>',
    noticeHtml(article, labels),
    contentsHtml(article.changes, labels),
    '<div class="legal-document__body">',
    ...article.changes.map((change) => sectionHtml(change, labels)),
    '</div>',
  ].join('');
}
