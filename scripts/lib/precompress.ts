// The precompressed copies the export writes beside each file (.gz for gzip_static, .br for
// brotli_static), at the highest levels: compressed once at export, served many times. Both are
// byte for byte the same on every machine with the same Node.js (its bundled zlib and brotli).
import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** The files that get copies: text, which compresses (images and PDFs are compressed already). */
const COMPRESSIBLE = /\.(html|css|js|xml|txt|svg|ico|json)$/;

/** Byte 9 of a gzip header: the operating system that wrote it (RFC 1952, 2.3.1). */
const GZIP_OS = 9;
const UNIX = 3;

/**
 * Gzip -9 whose bytes do not depend on the machine: the header's time is already 0, but zlib
 * writes the build machine's operating system into it (3 on Linux, 19 on macOS, 10 on Windows),
 * so a rebuild elsewhere would differ in every .gz. It says Unix everywhere.
 */
export async function portableGzip(body: Buffer): Promise<Buffer> {
  const gz = await gzipAsync(body, { level: 9 });
  gz[GZIP_OS] = UNIX;
  return gz;
}

/** Brotli at quality 11, told the input size (smaller output for small files). */
export function brotli(body: Buffer): Promise<Buffer> {
  return brotliAsync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

/** Every file under `dir`, as paths that start with `dir`. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

/** What a folder holds: every file in it, the .gz and .br copies among them, and their bytes. */
export type FolderCount = { files: number; copies: number; bytes: number };

/** Counts the files of `dir` as they are now on disk. */
export function countFolder(dir: string): FolderCount {
  const files = filesUnder(dir);
  return {
    files: files.length,
    copies: files.filter((file) => /\.(gz|br)$/.test(file)).length,
    bytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
  };
}

/** Files compressed at once: zlib works in libuv's thread pool, four threads by default. */
const AT_ONCE = 8;

/**
 * Writes a .gz and a .br copy beside every text file of `dir`, each kept only when smaller than
 * the file (gzip_static and brotli_static send the file itself otherwise), then counts the
 * folder: the copies are files of the export too, which nginx serves and a release records.
 * Several files at once, so every CPU compresses: the bytes are the same in any order.
 */
export async function precompressFolder(dir: string): Promise<FolderCount> {
  const files = filesUnder(dir).filter((f) => COMPRESSIBLE.test(f));
  const copy = async (file: string) => {
    const body = await readFile(file);
    const [gz, br] = await Promise.all([portableGzip(body), brotli(body)]);
    if (gz.length < body.length) await writeFile(`${file}.gz`, gz);
    if (br.length < body.length) await writeFile(`${file}.br`, br);
  };
  for (let i = 0; i < files.length; i += AT_ONCE) {
    await Promise.all(files.slice(i, i + AT_ONCE).map(copy));
  }
  return countFolder(dir);
}
