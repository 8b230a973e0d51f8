// Which nginx will read the configuration, so that its HTTPS server switches HTTP/2 on in the
// words that nginx knows: `listen … ssl http2` up to 1.25.0 (Debian 12 ships 1.22), the `http2
// on;` directive from 1.25.1, which deprecates the listen parameter (a warning at every start
// and `nginx -t`) and which 1.22 refuses as an unknown directive.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** How a server turns HTTP/2 on: a parameter of `listen`, or the `http2 on;` directive. */
export type Http2Form = 'listen' | 'directive';

/** The first nginx with the `http2` directive (and a deprecated `listen … http2`). */
const DIRECTIVE_SINCE = [1, 25, 1] as const;

/** This machine's nginx: Debian installs it in /usr/sbin, which is not on every user's PATH. */
export const NGINX = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';

/**
 * The version in what `nginx -v` prints, e.g. `1.22.1` from "nginx version: nginx/1.22.1" (or
 * freenginx/…, openresty/…, whose numbers follow nginx's); undefined when there is none.
 */
export function parseNginxVersion(text: string): string | undefined {
  return /version: [\w.-]+\/(\d+\.\d+\.\d+)/.exec(text)?.[1];
}

/**
 * The version of the nginx that will read the configuration: NGINX_VERSION when set (the host's
 * nginx is not this machine's), else what `nginx -v` says here; undefined when neither does.
 */
export function nginxVersion(
  nginx = NGINX,
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  if (env.NGINX_VERSION) return env.NGINX_VERSION;
  // nginx -v prints to stderr; a missing nginx leaves both empty.
  const { stdout, stderr } = spawnSync(nginx, ['-v'], { encoding: 'utf8' });
  return parseNginxVersion(`${stderr ?? ''}${stdout ?? ''}`);
}

/** Whether `version` (1.25.1) is `since` or later, part by part. */
function atLeast(version: string, since: readonly number[]): boolean {
  const parts = version.split('.').map(Number);
  for (const [i, wanted] of since.entries()) {
    const part = parts[i] ?? 0;
    if (part !== wanted) return part > wanted;
  }
  return true;
}

/**
 * How a server for nginx `version` turns HTTP/2 on. An unknown version gets the listen
 * parameter: every nginx runs it (1.25.1 and later only warn), where `http2 on;` stops 1.22.
 */
export function http2Form(version: string | undefined): Http2Form {
  return version && atLeast(version, DIRECTIVE_SINCE) ? 'directive' : 'listen';
}

/** One line for the operator: which nginx the HTTPS server is written for, and how to change it. */
export function describeHttp2(version: string | undefined): string {
  const form = http2Form(version) === 'directive' ? '`http2 on;`' : '`listen … ssl http2`';
  const forWhich = version ? `nginx ${version}` : 'an nginx of unknown version';
  return `HTTP/2 by ${form}, for ${forWhich} (NGINX_VERSION=x.y.z names the host's nginx if it is another; 1.25.1 and later take \`http2 on;\`)`;
}
