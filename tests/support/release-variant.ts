// A copy of an export marked as another release, for the tests that publish releases: every
// page names the release in a <meta>, the stylesheet gets a new fingerprint, precompressed copies
// are remade.
import { cpSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** The release a page of such a copy belongs to. */
export const RELEASE_MARK = /<meta name="release" content="([^"]+)"/;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

/**
 * A copy of the export as release `name`: each page marked with it, and the stylesheet under a
 * new fingerprint (as a release with changed styles has), precompressed copies remade.
 */
export function variant(from: string, to: string, name: string): void {
  cpSync(from, to, { recursive: true });
  const renamed = new Map<string, string>();
  for (const file of walk(to).filter((f) => f.endsWith('.css'))) {
    const next = file.replace(/\.css$/, `-${name}.css`);
    renameSync(file, next);
    rmSync(`${file}.gz`, { force: true });
    rmSync(`${file}.br`, { force: true });
    renamed.set(`/${path.relative(to, file)}`, `/${path.relative(to, next)}`);
  }
  for (const file of walk(to).filter((f) => f.endsWith('.html') || f.endsWith('.css'))) {
    let text = readFileSync(file, 'utf8');
    if (file.endsWith('.html')) {
      for (const [old, next] of renamed) text = text.split(old).join(next);
      text = text.replace('</head>', `<meta name="release" content="${name}"></head>`);
    }
    writeFileSync(file, text);
    writeFileSync(`${file}.gz`, gzipSync(text));
    writeFileSync(`${file}.br`, brotliCompressSync(text));
  }
}
