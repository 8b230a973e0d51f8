// The export's precompressed copies and its count (scripts/lib/precompress.ts): a .gz and a .br
// beside each text file that they make smaller, none beside images or tiny files, and a count
// of the folder as it is once they are written, so the number the export prints is the number
// of files nginx serves and a release records.
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countFolder, precompressFolder } from '@/scripts/lib/precompress';

let dir: string;
const page =
  '<!DOCTYPE html><html><body>' + '<p>隐私政策 Privacy Policy</p>'.repeat(200) + '</body></html>';
const style = 'body { color: black; }\n'.repeat(100);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
  mkdirSync(path.join(dir, 'en', 'privacy'), { recursive: true });
  mkdirSync(path.join(dir, '_next', 'static'), { recursive: true });
  writeFileSync(path.join(dir, 'en', 'privacy', 'index.html'), page);
  writeFileSync(path.join(dir, '_next', 'static', 'site.css'), style);
  // Smaller than any gzip header: no copy is kept.
  writeFileSync(path.join(dir, 'robots.txt'), 'a');
  // Not text: never compressed again.
  writeFileSync(path.join(dir, 'apple-icon.png'), Buffer.alloc(4096, 7));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every file under `folder`, relative to it, sorted. */
function onDisk(folder: string, prefix = ''): string[] {
  return readdirSync(path.join(folder, prefix))
    .flatMap((name) => {
      const relative = path.join(prefix, name);
      return statSync(path.join(folder, relative)).isDirectory()
        ? onDisk(folder, relative)
        : [relative];
    })
    .sort();
}

describe('precompressFolder', () => {
  it('writes a .gz and a .br copy of each text file they make smaller, of the same text', async () => {
    await precompressFolder(dir);
    expect(onDisk(dir)).toEqual([
      '_next/static/site.css',
      '_next/static/site.css.br',
      '_next/static/site.css.gz',
      'apple-icon.png',
      'en/privacy/index.html',
      'en/privacy/index.html.br',
      'en/privacy/index.html.gz',
      'robots.txt',
    ]);
    const html = path.join(dir, 'en', 'privacy', 'index.html');
    expect(gunzipSync(readFileSync(`${html}.gz`)).toString()).toBe(page);
    expect(brotliDecompressSync(readFileSync(`${html}.br`)).toString()).toBe(page);
  });

  it('counts the folder with the copies it wrote: every file, the copies, the bytes', async () => {
    const count = await precompressFolder(dir);
    const files = onDisk(dir);
    const bytes = files.reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
    expect(count).toEqual({ files: 8, copies: 4, bytes });
    expect(count.files).toBe(files.length);
    expect(countFolder(dir)).toEqual(count);
  });
});
