// Whether nginx on this machine can send the export's .br copies: where the brotli_static module
// is (Debian: libnginx-mod-http-brotli-static), and one line for the operator saying so.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The file name of nginx's brotli_static module (Debian: libnginx-mod-http-brotli-static). */
const BROTLI_FILE = 'ngx_http_brotli_static_module.so';

/**
 * Where the brotli_static module may be: NGINX_BROTLI_MODULE alone when set (a path, or `off`),
 * else Debian's path, the other usual one, then nginx's own modules path.
 */
export function brotliCandidates(
  nginx = '/usr/sbin/nginx',
  env: Record<string, string | undefined> = process.env,
): string[] {
  const chosen = env.NGINX_BROTLI_MODULE;
  if (chosen) return chosen === 'off' ? [] : [chosen];
  const candidates = [
    `/usr/lib/nginx/modules/${BROTLI_FILE}`,
    `/usr/share/nginx/modules/${BROTLI_FILE}`,
  ];
  try {
    const built = execFileSync(nginx, ['-V'], { encoding: 'utf8', stdio: 'pipe' }) || '';
    const match = /--modules-path=(\S+)/.exec(built);
    if (match) candidates.push(path.join(match[1]!, BROTLI_FILE));
  } catch {
    // nginx -V prints to stderr and may be missing; the fixed paths remain.
  }
  return candidates;
}

/** The brotli_static module to load, or undefined when there is none (gzip only). */
export function brotliModule(
  nginx = '/usr/sbin/nginx',
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  return brotliCandidates(nginx, env).find((file) => existsSync(file));
}

/** Whether nginx will send the .br copies, and why, in one line for the operator. */
export function brotliStatus(
  nginx = '/usr/sbin/nginx',
  env: Record<string, string | undefined> = process.env,
) {
  const found = brotliModule(nginx, env);
  if (found) return { module: found, message: `brotli is on (${found})` };
  const looked = brotliCandidates(nginx, env);
  const why =
    looked.length === 0
      ? 'NGINX_BROTLI_MODULE=off'
      : `no ${BROTLI_FILE} at ${looked.join(', ')}; install libnginx-mod-http-brotli-static (npm test installs it)`;
  return {
    module: undefined,
    message: `brotli is off: nginx sends gzip and plain files only, never the .br copies (${why})`,
  };
}
