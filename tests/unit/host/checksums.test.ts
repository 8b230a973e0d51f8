// The comparison behind `npm run check:reproducible`: every file that differs or that only one
// build has, with both hashes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checksums, differences, sha256sums } from '@/lib/host/checksums';

const made: string[] = [];

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'checksums-'));
  made.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('checksums', () => {
  it('hashes every file in nested folders, as sha256sum does', () => {
    const sums = checksums(tree({ 'en/index.html': 'abc', 'robots.txt': '' }));
    expect(sha256sums(sums)).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  en/index.html\n' +
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  robots.txt\n',
    );
  });

  it('finds no difference between two equal trees', () => {
    const files = { 'index.html': '<p>a</p>', 'en/feed.xml': '<feed/>' };
    expect(differences(checksums(tree(files)), checksums(tree(files)))).toEqual([]);
  });

  it('names each changed, missing and extra file with both hashes', () => {
    const a = checksums(tree({ 'a.html': '1', 'b.html': 'same', 'gone.txt': 'x' }));
    const b = checksums(tree({ 'a.html': '2', 'b.html': 'same', 'new.txt': 'y' }));
    const found = differences(a, b);
    expect(found.map((d) => d.file)).toEqual(['a.html', 'gone.txt', 'new.txt']);
    expect(found[0]).toEqual({
      file: 'a.html',
      expected: a.get('a.html'),
      actual: b.get('a.html'),
    });
    expect(found[1]!.actual).toBeUndefined();
    expect(found[2]!.expected).toBeUndefined();
  });
});
