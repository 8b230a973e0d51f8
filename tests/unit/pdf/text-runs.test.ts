// The runs a PDF paragraph is drawn from, on their own: inline HTML to styled runs, and the
// Chinese line-break rules (no closing mark opens a line, no opening mark ends one) across runs
// of different styles, checked on examples and on seeded random paragraphs.
import type { ElementContent } from 'hast';
import { describe, expect, it } from 'vitest';
import {
  NO_LINE_END,
  NO_LINE_START,
  PLAIN,
  runsOf,
  textOf,
  tidyRuns,
  type Run,
} from '@/lib/pdf/text-runs';

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (
  tagName: string,
  children: ElementContent[],
  properties: Record<string, string> = {},
): ElementContent => ({ type: 'element', tagName, properties, children });
const run = (text: string, style: Partial<Run> = {}): Run => ({ ...PLAIN, ...style, text });
const noLinks = () => ({});

/** A small seeded generator (mulberry32), so a failure names a seed that repeats it. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '联系我们',
  '个人信息',
  'AWS',
  'data',
  '。',
  '，',
  '、',
  '；',
  '）',
  '》',
  '”',
  '…',
];
const OPENERS = ['（', '《', '“', '「', '('];
const STYLES: Partial<Run>[] = [
  {},
  { bold: true },
  { link: 'https://example.cn/' },
  { goTo: 'cookies' },
  { bold: true, underline: true },
];

function randomParagraph(next: () => number): Run[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: 1 + Math.floor(next() * 8) }, () => {
    const parts = Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
      next() < 0.3 ? pick(OPENERS) : pick(PIECES),
    );
    if (next() < 0.15) parts.push(' ');
    if (next() < 0.1) parts.unshift(' ');
    return run(parts.join(''), pick(STYLES));
  });
}

const squeeze = (runs: readonly Run[]) => runs.map((r) => r.text.replace(/\s+/g, '')).join('');

describe('runsOf', () => {
  it('collapses white space as a browser does and turns <br> into a line break', () => {
    const runs = runsOf([text('个人\n  信息'), el('br', []), text('第二行')], PLAIN, noLinks);
    expect(runs.map((r) => r.text)).toEqual(['个人 信息', '\n', '第二行']);
  });

  it('makes <strong> bold, a key clause bold and underlined, and a link what the resolver says', () => {
    const key = {
      type: 'mdxJsxTextElement',
      name: 'Key',
      attributes: [],
      children: [text('重要')],
    } as unknown as ElementContent;
    const runs = runsOf(
      [el('strong', [text('粗')]), key, el('a', [text('联系我们')], { href: '#contact' })],
      PLAIN,
      (href) => (href === '#contact' ? { goTo: 'contact' } : {}),
    );
    expect(runs).toEqual([
      { bold: true, underline: false, text: '粗' },
      { bold: true, underline: true, text: '重要' },
      { bold: false, underline: false, goTo: 'contact', text: '联系我们' },
    ]);
  });
});

describe('tidyRuns: the Chinese line-break rules across runs', () => {
  it('keeps a comma after a link with the link, so it cannot open the next line', () => {
    const runs = tidyRuns([run('请'), run('联系我们', { link: '/contact/' }), run('，以便')]);
    expect(runs.map((r) => r.text)).toEqual(['请', '联系我们，', '以便']);
    expect(runs[1]!.link).toBe('/contact/');
  });

  it('keeps an opening bracket or quote before a link with the link, so it cannot end a line', () => {
    const runs = tidyRuns([run('参见《'), run('隐私政策', { link: '/privacy/' }), run('》。')]);
    expect(runs.map((r) => r.text)).toEqual(['参见', '《隐私政策》。']);
  });

  it('gives marks after a run of marks to the same text: none is left to open a line', () => {
    const runs = tidyRuns([
      run('隐私政策', { link: '/privacy/' }),
      run('》', { bold: true }),
      run('。'),
      run('下一句'),
    ]);
    expect(runs).toEqual([run('隐私政策》。', { link: '/privacy/' }), run('下一句')]);
  });

  it('moves nothing across a space: a Latin space is a place to break', () => {
    const runs = tidyRuns([run('see '), run('the terms', { bold: true }), run(' (and'), run('x')]);
    expect(runs.map((r) => r.text)).toEqual(['see ', 'the terms', ' (andx']);
  });

  it('leaves a run made only of opening marks where it is', () => {
    const runs = tidyRuns([run('（', { bold: true }), run('附件')]);
    expect(runs.map((r) => r.text)).toEqual(['（', '附件']);
  });

  it('merges runs of one style, starts a line after <br> at the margin and trims the paragraph', () => {
    const runs = tidyRuns([run('  第一'), run('行 \n '), run(' 第二行', { bold: true }), run(' ')]);
    expect(runs).toEqual([run('第一行\n'), run('第二行', { bold: true })]);
  });

  it('does not change the runs it is given', () => {
    const given = [run('联系我们', { link: '/c/' }), run('。')];
    const copy = structuredClone(given);
    tidyRuns(given);
    expect(given).toEqual(copy);
  });

  it('gives the joined text of tidied runs (an outline entry, a table cell)', () => {
    expect(textOf([run(' 第一条 '), run('定义', { bold: true }), run('。 ')])).toBe(
      '第一条 定义。',
    );
  });

  it('holds on 300 seeded random paragraphs of marks, words and styles', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const given = randomParagraph(random(seed));
      const runs = tidyRuns(given);
      // Every visible character is kept, in order.
      expect(squeeze(runs), `seed ${seed}`).toBe(squeeze(given));
      for (let i = 1; i < runs.length; i += 1) {
        const before = runs[i - 1]!.text;
        const after = runs[i]!.text;
        // A run boundary is where PDFKit may break: no closing mark opens the run after one...
        if (!/\s$/.test(before)) expect(after, `seed ${seed}`).not.toMatch(NO_LINE_START);
        // ...and no opening mark ends the run before one (unless that run is nothing else).
        const onlyOpening = NO_LINE_END.exec(before)?.[0] === before;
        if (!/^\s/.test(after) && !onlyOpening) {
          expect(before, `seed ${seed}`).not.toMatch(NO_LINE_END);
        }
      }
      expect(
        runs.every((r) => r.text !== ''),
        `seed ${seed}`,
      ).toBe(true);
    }
  });
});
