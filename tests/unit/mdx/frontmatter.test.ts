import { describe, expect, it } from 'vitest';
import {
  dateSourceOf,
  effectiveDate,
  parseFrontmatter,
  splitFrontmatter,
  statedEffective,
} from '@/lib/mdx/frontmatter';
import { formatProblem, type Problem } from '@/lib/mdx/problem';

const FILE = 'content/sample/en.mdx';

function check(source: string) {
  const split = splitFrontmatter(source, FILE);
  if ('message' in split) return { data: null, problems: [split] as Problem[] };
  return parseFrontmatter(split, FILE);
}

const valid = `---
title: Privacy Policy
description: How we handle account information.
lastUpdated: 2017-03-09
prevailingLanguage: zh-CN
---

Body.
`;

describe('frontmatter', () => {
  it('accepts a complete frontmatter block', () => {
    const result = check(valid);
    expect(result.problems).toEqual([]);
    expect(result.data).toEqual({
      title: 'Privacy Policy',
      description: 'How we handle account information.',
      lastUpdated: '2017-03-09',
      prevailingLanguage: 'zh-CN',
    });
  });

  it('names the missing field, the file and the line', () => {
    const result = check(valid.replace('description: How we handle account information.\n', ''));
    expect(result.data).toBeNull();
    const text = result.problems.map(formatProblem).join('\n');
    expect(text).toContain(`${FILE}:`);
    expect(text).toContain('frontmatter field "description" is missing');
  });

  it('reads an effective date and defaults it to lastUpdated', () => {
    expect(effectiveDate(check(valid).data!)).toBe('2017-03-09');
    const later = check(
      valid.replace('lastUpdated: 2017-03-09', 'lastUpdated: 2017-03-09\neffective: 2017-04-08'),
    );
    expect(later.problems).toEqual([]);
    expect(effectiveDate(later.data!)).toBe('2017-04-08');
  });

  it('rejects an effective date before lastUpdated, at its line, with a hint', () => {
    const result = check(
      valid.replace('lastUpdated: 2017-03-09', 'lastUpdated: 2017-03-09\neffective: 2017-03-08'),
    );
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: FILE, line: 5, column: 1 });
    expect(result.problems[0]?.message).toBe(
      'frontmatter field "effective" 2017-03-08 is earlier than lastUpdated 2017-03-09: a version cannot take effect before it is published',
    );
    expect(result.problems[0]?.hint).toContain('on or after lastUpdated');
  });

  it('says where the dates come from: the legal team by default, or the text itself', () => {
    const plain = check(valid).data!;
    expect([dateSourceOf(plain), statedEffective(plain)]).toEqual(['legal-team', '2017-03-09']);
    const stated = check(
      valid.replace('lastUpdated: 2017-03-09', 'lastUpdated: 2017-03-09\ndateSource: source'),
    );
    expect(stated.problems).toEqual([]);
    // The source states when it was last updated, no effective date: the pages state none.
    expect([dateSourceOf(stated.data!), statedEffective(stated.data!)]).toEqual([
      'source',
      undefined,
    ]);
  });

  it('refuses an effective date beside dateSource: source, and an unknown source, at their lines', () => {
    const both = check(
      valid.replace(
        'lastUpdated: 2017-03-09',
        'lastUpdated: 2017-03-09\ndateSource: source\neffective: 2017-04-08',
      ),
    );
    expect(both.problems.map((p) => [p.line, p.message])).toEqual([
      [
        6,
        'frontmatter field "effective" cannot be given with dateSource: source: the text states no effective date, and the site shows none',
      ],
    ]);
    const unknown = check(
      valid.replace('lastUpdated: 2017-03-09', 'lastUpdated: 2017-03-09\ndateSource: lawyers'),
    );
    expect(unknown.problems.map((p) => [p.line, p.message])).toEqual([
      [5, 'frontmatter field "dateSource" must be one of source, legal-team'],
    ]);
    expect(unknown.problems[0]?.hint).toContain('dateSource: legal-team');
  });

  it('rejects an unknown field at its line, with the list of allowed fields', () => {
    const result = check(valid.replace('lastUpdated', 'autor: Legal team\nlastUpdated'));
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem).toMatchObject({ file: FILE, line: 4, column: 1 });
    expect(problem?.message).toBe('frontmatter field "autor" is not allowed');
    expect(problem?.hint).toContain('title, description, lastUpdated');
    // Each field's hint is written beside its schema, and only a wrong field shows it.
    const missing = check(valid.replace('prevailingLanguage: zh-CN\n', ''));
    expect(missing.problems.map((p) => p.hint)).toEqual([
      'write the language whose text prevails if the two differ: zh-CN or en',
    ]);
  });

  it.each([
    ['March 9, 2017', 'must be a date written as YYYY-MM-DD'],
    ['2017-02-30', 'is not a real calendar date'],
    ['2017-3-9', 'must be a date written as YYYY-MM-DD'],
  ])('rejects the date %s', (date, message) => {
    const result = check(valid.replace('2017-03-09', `"${date}"`));
    expect(result.problems[0]).toMatchObject({ line: 4 });
    expect(result.problems[0]?.message).toContain('frontmatter field "lastUpdated"');
    expect(result.problems[0]?.message).toContain(message);
  });

  it('reports YAML syntax errors with their line', () => {
    const result = check(valid.replace('title: Privacy Policy', 'title: [Privacy Policy'));
    expect(result.problems[0]?.message).toMatch(/^frontmatter is not valid YAML/);
    expect(result.problems[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('reports a file without frontmatter', () => {
    const result = check('# Just a heading\n');
    expect(result.problems[0]?.message).toBe('the file does not start with a frontmatter block');
    // The required fields come from the schema, so the hint names each of them.
    expect(result.problems[0]?.hint).toBe(
      'begin the file with a line "---", the fields title, description, lastUpdated, prevailingLanguage, and another "---"',
    );
  });

  it('reads CRLF files and keeps body line numbers', () => {
    const split = splitFrontmatter(valid.replace(/\n/g, '\r\n'), FILE);
    expect('message' in split).toBe(false);
    if ('message' in split) return;
    expect(split.body).not.toContain('\r');
    expect(split.body.split('\n')[7]).toBe('Body.');
    expect(parseFrontmatter(split, FILE).problems).toEqual([]);
  });

  it('reads translationRevisions and places a problem inside an entry at its own line', () => {
    const revised = valid.replace(
      'prevailingLanguage: zh-CN\n',
      'prevailingLanguage: zh-CN\ntranslationRevisions:\n  - date: 2026-12-01\n    summary: Wording of the sharing section.\n',
    );
    expect(check(revised).data?.translationRevisions).toEqual([
      { date: '2026-12-01', summary: 'Wording of the sharing section.' },
    ]);
    const badDate = check(revised.replace('2026-12-01', '2026-13-01'));
    expect(badDate.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [7, 11, 'frontmatter field "translationRevisions.0.date" is not a real calendar date'],
    ]);
    const misspelt = check(revised.replace('summary:', 'sumary:'));
    expect(misspelt.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [7, 5, 'frontmatter field "translationRevisions.0.summary" is missing'],
      [8, 5, 'frontmatter field "translationRevisions.0.sumary" is not allowed'],
    ]);
    expect(misspelt.problems[1]?.hint).toBe(
      'remove it or correct its spelling; the fields are date, summary',
    );
  });
});
