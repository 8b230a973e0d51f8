// SHA-256 of every file of an exported site: what a release records (SHA256SUMS, checked with
// `sha256sum -c`) and what `npm run check:reproducible` compares between two builds.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, as `/`-separated paths relative to it, in byte order. */
function filesOf(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const relative = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? filesOf(dir, relative) : [relative];
  });
}

/** Path (relative, `/`-separated) to SHA-256 hex, sorted by path. */
export function checksums(dir: string): Map<string, string> {
  const files = filesOf(dir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(
    files.map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(path.join(dir, f)))
        .digest('hex'),
    ]),
  );
}

/** The lines `sha256sum` writes and `sha256sum -c` reads: hash, two spaces, path. */
export function sha256sums(sums: Map<string, string>): string {
  return [...sums].map(([file, hash]) => `${hash}  ${file}\n`).join('');
}

export type Difference = { file: string; expected?: string; actual?: string };

/**
 * Every file whose bytes differ between two sets of checksums, or that only one has
 * (`expected` or `actual` undefined), in path order.
 */
export function differences(
  expected: Map<string, string>,
  actual: Map<string, string>,
): Difference[] {
  const files = [...new Set([...expected.keys(), ...actual.keys()])].sort();
  return files
    .map((file) => ({ file, expected: expected.get(file), actual: actual.get(file) }))
    .filter((d) => d.expected !== d.actual);
}
