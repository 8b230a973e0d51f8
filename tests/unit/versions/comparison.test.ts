// Tests the comparison of any two versions from published data: the addresses it answers, which
// pairs exist, the range stylesheet, the date order nginx checks with one pattern, and the page
// the site's server makes of the compare page's frame, in both languages, on the real Terms.
import { describe, expect, it } from 'vitest';
import { COMPARISON_ORDER } from '@/lib/host/nginx/maps';
import {
  comparisonArticle,
  fillComparison,
  isComparison,
  parseComparisonPath,
  rangeCss,
} from '@/lib/versions/comparison';
import { compareOutlines, granularityFor } from '@/lib/versions/redline';
import { comparisonData } from '../../support/comparison-data';

/** A seeded generator (mulberry32), so a failing case is the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A date of the site's shape, digits anywhere (month 00 or 19 too: the pattern is lexical). */
function anyDate(next: () => number): string {
  const d = () => String(Math.floor(next() * 10));
  const choose = next();
  // Mostly near each other, so shared prefixes of every length are tried.
  const base = choose < 0.5 ? '2026-12-0' : choose < 0.8 ? '2026-1' : '';
  let s = base;
  while (s.length < 10) s += s.length === 4 || s.length === 7 ? '-' : d();
  return s;
}

describe('a comparison address', () => {
  it('names the language, document and two dates', () => {
    expect(parseComparisonPath('/en/terms/2026-12-07/changes/2026-11-29/')).toEqual({
      locale: 'en',
      slug: 'terms',
      version: '2026-12-07',
      since: '2026-11-29',
    });
    expect(parseComparisonPath('/terms/2026-12-07/changes/2026-11-29/')?.locale).toBe('zh-CN');
    for (const not of [
      '/terms/2026-12-07/changes/',
      '/terms/2026-12-07/changes/2026-11-29',
      '/terms/2026-12-07/changes/2026-11-29/x/',
      '/Terms/2026-12-07/changes/2026-11-29/',
      '/en/en/terms/2026-12-07/changes/2026-11-29/',
      '/terms/2026-12-7/changes/2026-11-29/',
    ])
      expect(parseComparisonPath(not)).toBeUndefined();
  });
});

describe('the date order nginx checks', () => {
  it("is the order nginx's map checks with a back reference", () => {
    // lib/host/nginx/maps.ts writes this pattern for "$since:$version".
    const order = new RegExp(COMPARISON_ORDER);
    const next = random(7);
    for (let i = 0; i < 4000; i++) {
      const [a, b] = [anyDate(next), anyDate(next)];
      expect(order.test(`${a}:${b}`), `${a} < ${b}`).toBe(a < b);
    }
  });
});

describe('the comparisons of the Terms', async () => {
  const zh = await comparisonData('terms', 'zh-CN');
  const en = await comparisonData('terms', 'en');
  const dates = zh.data.versions.map((v) => v.date);

  it('exist for every version and any earlier one, the one right before included', () => {
    for (const version of dates)
      for (const since of dates)
        expect(isComparison(zh.data, version, since)).toBe(since < version);
    expect(isComparison(zh.data, dates.at(-1)!, '2000-01-01')).toBe(false);
  });

  it('compare the two outlines as the changes pages do, with every version between summed up', () => {
    const [older, newer] = [en.outlines[0]!, en.outlines.at(-1)!];
    const article = comparisonArticle(en.data, older, newer);
    expect(article.changes).toEqual(
      compareOutlines(older.outline, newer.outline, granularityFor('en')),
    );
    expect(article.summaries.map((s) => s.label)).toEqual(
      dates.slice(1).map((d) => `Version of ${en.data.versions.find((v) => v.date === d)!.day}`),
    );
    expect(article.title).toBe(
      `${newer.title}: changes from ${en.data.versions[0]!.day} to ${en.data.versions.at(-1)!.day}`,
    );
  });

  it("are drawn into the frame: the article, the pair's addresses, its title; the form unchanged", () => {
    for (const { data, outlines, frame } of [zh, en]) {
      const [older, newer] = [outlines[0]!, outlines.at(-1)!];
      const page = fillComparison(frame, data, older, newer);
      const article = comparisonArticle(data, older, newer);
      const pair = `/terms/${newer.version}/changes/${older.version}/`;
      expect(page).toContain(`<title>${article.title} | Site</title>`);
      expect(page).toContain(`content="${article.intro}"`);
      expect(page).toContain(`"name":"${article.title}"`);
      expect(page).toMatch(
        new RegExp(`rel="canonical" href="https://www.example.cn(/en)?${pair}"`),
      );
      expect(page).toContain(
        `hrefLang="x" href="https://www.example.cn${data.language === 'en' ? '' : '/en'}${pair}"`,
      );
      expect(page).toMatch(/<form method="get" action="(\/en)?\/terms\/compare\/">/);
      expect(page).toContain('data-drawn="">');
      expect(page).not.toContain(data.page.description + '</p>');
      // The key-clause marks the Terms gained between the two are named.
      expect(page).toContain(data.labels.keyMarked);
    }
  });
});

describe('the range stylesheet', () => {
  it('lists the changes after `since` up to `version`, nothing else, and shows the note', () => {
    const css = rangeCss('2026-12-07', '2026-12-01');
    expect(css).toContain('.compare-page__script-note{display:block}');
    expect(css).toContain('li[data-from="2026-12-01"]~li{display:list-item}');
    expect(css).toContain('li[data-to="2026-12-07"]~li{display:none}');
  });
});
