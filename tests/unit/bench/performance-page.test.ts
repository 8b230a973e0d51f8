// docs/performance.md: each command replaces its own section and nothing else, and refuses a
// page whose markers it cannot trust.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PERFORMANCE_PAGE, replaceSection } from '@/bench/performance-page';

const page = [
  '# Performance',
  '',
  '<!-- bench:start (written by npm run bench) -->',
  'old bench',
  '<!-- bench:end -->',
  '',
  'Prose between.',
  '',
  '<!-- loadtest:start (written by npm run loadtest) -->',
  'old loadtest',
  '<!-- loadtest:end -->',
  '',
].join('\n');

describe('replaceSection', () => {
  it('replaces only the named section, keeping the markers and every other line', () => {
    const updated = replaceSection(page, 'bench', '| new | table |', 'p.md');
    expect(updated).toBe(page.replace('old bench', '| new | table |'));
    expect(updated).toContain('old loadtest');
  });

  it('names the file and lines when a marker is repeated', () => {
    const twice = `${page}<!-- bench:start (written by npm run bench) -->\n`;
    expect(() => replaceSection(twice, 'bench', 'x', 'docs/performance.md')).toThrow(
      /docs\/performance\.md:3, docs\/performance\.md:5, docs\/performance\.md:12: 2 start and 1 end markers of the bench section; keep exactly one/,
    );
  });

  it('refuses markers in the wrong order, and a page without them', () => {
    const swapped = page.replace('bench:start', 'TMP').replace('bench:end', 'bench:start');
    expect(() => replaceSection(swapped.replace('TMP', 'bench:end'), 'bench', 'x', 'p.md')).toThrow(
      /p\.md:3: the bench section ends before it starts/,
    );
    expect(() => replaceSection('# Performance\n', 'loadtest', 'x', 'p.md')).toThrow(
      /^p\.md: 0 start and 0 end markers of the loadtest section/,
    );
  });

  it('finds both sections in the real page', () => {
    const real = readFileSync(PERFORMANCE_PAGE, 'utf8');
    expect(replaceSection(real, 'bench', 'x', PERFORMANCE_PAGE)).toContain('x');
    expect(replaceSection(real, 'loadtest', 'y', PERFORMANCE_PAGE)).toContain('y');
  });
});
