// The precompressed copies the export writes beside each file (.gz for gzip_static, .br for
// brotli_static), at the highest levels: compressed once at export, served many times. Both are
// byte for byte the same on every machine with the same Node.js (its bundled zlib and brotli).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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
