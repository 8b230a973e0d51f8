import { describe, expect, it } from 'vitest';
import { chooseCoding } from '@/lib/http/encoding';
import { parseRange } from '@/lib/http/range';

describe('parseRange', () => {
  it.each([
    [undefined, { kind: 'whole' }],
    ['bytes=0-9', { kind: 'part', start: 0, end: 9 }],
    ['bytes=90-', { kind: 'part', start: 90, end: 99 }],
    ['bytes=90-500', { kind: 'part', start: 90, end: 99 }],
    ['bytes=-10', { kind: 'part', start: 90, end: 99 }],
    ['bytes=-500', { kind: 'part', start: 0, end: 99 }],
    ['BYTES= 5-5 ', { kind: 'part', start: 5, end: 5 }],
    ['bytes=100-', { kind: 'unsatisfiable' }],
    ['bytes=999999-', { kind: 'unsatisfiable' }],
    ['bytes=-0', { kind: 'unsatisfiable' }],
    // Malformed, reversed or several ranges: the whole body, as RFC 9110 allows.
    ['bytes=5-2', { kind: 'whole' }],
    ['bytes=abc', { kind: 'whole' }],
    ['bytes=-', { kind: 'whole' }],
    ['bytes=0-1,3-4', { kind: 'whole' }],
    [`bytes=${'0-1,'.repeat(2000)}0-1`, { kind: 'whole' }],
    ['items=0-9', { kind: 'whole' }],
    ['bytes=1e3-', { kind: 'whole' }],
  ])('answers %s on a 100-byte body with %j', (header, answer) => {
    expect(parseRange(header, 100)).toEqual(answer);
  });
});

describe('chooseCoding', () => {
  const all = ['identity', 'br', 'gzip'] as const;
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.4', 'gzip'],
    ['*', 'br'],
    ['*;q=0', 'identity'],
    ['identity', 'identity'],
    ['GZIP', 'gzip'],
    ['deflate', 'identity'],
    ['br;q=x', 'identity'],
  ])('picks from %j: %s', (header, coding) => {
    expect(chooseCoding(header, all)).toBe(coding);
  });

  it('only picks a coding that is stored', () => {
    expect(chooseCoding('br, gzip', ['identity', 'gzip'])).toBe('gzip');
    expect(chooseCoding('br, gzip', ['identity'])).toBe('identity');
  });
});
