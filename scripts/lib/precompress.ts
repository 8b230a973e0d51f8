// The precompressed copies the export writes beside each file (.gz for gzip_static, .br for
// brotli_static), at the highest levels: compressed once at export, served many times. Both are
// byte for byte the same on every machine with the same Node.js (its bundled zlib and brotli).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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
export function portableGzip(body: Buffer): Buffer {
  const gz = gzipSync(body, { level: 9 });
  gz[GZIP_OS] = UNIX;
  return gz;
}

/** Brotli at quality 11, told the input size (smaller output for small files). */
export function brotli(body: Buffer): Buffer {
  return brotliCompressSync(body, {
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

/**
 * Writes a .gz and a .br copy beside every text file of `dir`, each kept only when smaller than
 * the file (gzip_static and brotli_static send the file itself otherwise), then counts the
 * folder: the copies are files of the export too, which nginx serves and a release records.
 */
export function precompressFolder(dir: string): FolderCount {
  for (const file of filesUnder(dir).filter((f) => COMPRESSIBLE.test(f))) {
    const body = readFileSync(file);
    const gz = portableGzip(body);
    const br = brotli(body);
    if (gz.length < body.length) writeFileSync(`${file}.gz`, gz);
    if (br.length < body.length) writeFileSync(`${file}.br`, br);
  }
  return countFolder(dir);
}
