// Tests the HTML of a redline, which the changes pages, the site's server and the static export's
// script all draw with the same function: its escaping, the notes on key-clause marks and the
// counts, in both languages' words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  REDLINE_LABEL_KEYS,
  escapeHtml,
  fill,
  markNotes,
  redlineArticleHtml,
  sectionHtml,
  type RedlineLabels,
} from '@/lib/versions/redline-html';
import type { Piece, SectionChange } from '@/lib/versions/redline';

const labelsOf = (locale: string): RedlineLabels =>
  JSON.parse(readFileSync(`locales/${locale}.json`, 'utf8')).redline;

const en = labelsOf('en');
const zh = labelsOf('zh-CN');

const section = (pieces: Piece[], status: SectionChange['status'] = 'changed'): SectionChange => ({
  id: 'terms',
  title: 'Terms',
  status,
  blocks: [
    { kind: 'heading', level: 2, status: 'unchanged', pieces: [{ change: 'same', text: 'Terms' }] },
    { kind: 'paragraph', status, pieces },
  ],
});

describe('the redline words', () => {
  it('are written in both languages, every one of them', () => {
    for (const labels of [en, zh]) {
      expect(Object.keys(labels).sort()).toEqual([...REDLINE_LABEL_KEYS].sort());
      for (const key of REDLINE_LABEL_KEYS) expect(labels[key].trim()).not.toBe('');
    }
  });
});

describe('fill and escapeHtml', () => {
  it('fills named values and leaves unknown names as written', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('escapes every character that could open markup', () => {
    expect(escapeHtml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#x27;');
  });
});

describe('markNotes', () => {
  it('notes a mark once per key clause, however many pieces it spans', () => {
    const pieces: Piece[] = [
      { change: 'same', text: 'a ', key: 'newly-marked' },
      { change: 'deleted', text: 'old', key: undefined },
      { change: 'inserted', text: 'new', key: 'marked' },
      { change: 'same', text: ' b', key: 'newly-marked' },
      { change: 'same', text: ' plain' },
      { change: 'same', text: ' c', key: 'newly-marked' },
      { change: 'same', text: ' d', key: 'unmarked' },
    ];
    expect(markNotes(pieces)).toEqual([
      'marked',
      undefined,
      undefined,
      undefined,
      undefined,
      'marked',
      'unmarked',
    ]);
  });
});

describe('sectionHtml', () => {
  it('says in words that a clause was newly marked and that its wording stayed', () => {
    const html = sectionHtml(
      section([
        { change: 'same', text: 'Before. ' },
        { change: 'same', text: 'We may suspend <access>.', key: 'newly-marked' },
      ]),
      en,
    );
    expect(html).toContain(`<p class="redline-section__status">${escapeHtml(en.marksOnly)}</p>`);
    expect(html).toContain(
      `<span class="redline-key__note">${escapeHtml(en.keyMarkedWordingUnchanged)}</span>` +
        '<strong class="key-clause redline-key redline-key--marked">We may suspend &lt;access&gt;.</strong>',
    );
  });

  it('says a mark was removed, without "wording unchanged" where words changed too', () => {
    const html = sectionHtml(
      section([
        { change: 'same', text: '本条款', key: 'unmarked' },
        { change: 'deleted', text: '旧' },
        { change: 'inserted', text: '新', key: 'marked' },
      ]),
      zh,
    );
    expect(html).toContain(
      '<span class="redline-key__note">〔取消重要条款标示〕</span><span class="redline-key redline-key--unmarked">本条款</span>',
    );
    expect(html).toContain('<del>旧</del><ins><strong class="key-clause">新</strong></ins>');
    expect(html).not.toContain('redline-section__status');
  });

  it('folds a section without changes, still showing its key clauses', () => {
    const html = sectionHtml(
      section([{ change: 'same', text: 'Kept.', key: 'marked' }], 'unchanged'),
      en,
    );
    expect(html).toContain(
      `<details class="redline-section__unchanged"><summary>${en.unchanged} ${en.showUnchanged}</summary>`,
    );
    expect(html).toContain('<strong class="key-clause">Kept.</strong>');
  });
});

describe('redlineArticleHtml', () => {
  const article = {
    title: 'Site Terms: changes',
    intro: 'Compared.',
    links: [{ href: '/en/terms/2026-12-03/', label: 'Version of <3>' }],
    summary: 'Marks "added".',
    summaries: [],
    colon: ': ',
    changes: [section([{ change: 'same', text: 'Kept.', key: 'newly-marked' }])],
  };

  it('gives the counts with the sections whose marks changed', () => {
    const html = redlineArticleHtml(article, en);
    expect(html).toContain(
      `<p>${fill(en.countsWithMarks, { changed: 1, added: 0, removed: 0, unchanged: 0, marks: 1 })}</p>`,
    );
    expect(html).toContain('<a href="/en/terms/2026-12-03/">Version of &lt;3&gt;</a>');
    expect(html).toContain('<p><strong>Marks &quot;added&quot;.</strong></p>');
    expect(html).toContain('<a href="#terms">Terms</a>');
  });

  it('draws the legend with its marks and nothing else unescaped', () => {
    expect(redlineArticleHtml(article, zh)).toContain(
      '<p>新增文字以<ins>下划线</ins>标示，删除文字以<del>删除线</del>标示。重要条款与正文一样以<strong class="key-clause">加粗并加下划线</strong>的方式标示',
    );
    const hostile = { ...en, legend: '<script>x</script> <ins>a</ins>' };
    expect(redlineArticleHtml(article, hostile)).toContain(
      '<p>&lt;script&gt;x&lt;/script&gt; <ins>a</ins></p>',
    );
  });
});
