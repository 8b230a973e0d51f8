// Writes the nginx configuration of an export into a folder (host/): the server block and the
// headers snippet it includes. Shared by `npm run export` and `npm run nginx:config`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HEADERS_SNIPPET, headersSnippet, serverBlock, type ServerOptions } from '@/lib/host/nginx-config';

export const SITE_CONF = 'nginx-site.conf';

/** Writes `hostDir`/nginx-site.conf for `root` and the snippet; returns the server block's path. */
export function writeHostConfig(
  hostDir: string,
  root: string,
  options: Omit<ServerOptions, 'root' | 'includeDir'>,
): string {
  const includeDir = path.resolve(hostDir);
  mkdirSync(includeDir, { recursive: true });
  writeFileSync(path.join(includeDir, HEADERS_SNIPPET), headersSnippet());
  const file = path.join(includeDir, SITE_CONF);
  writeFileSync(file, serverBlock({ ...options, root: path.resolve(root), includeDir }));
  return file;
}
