// Writes the nginx configuration of an export into a folder (host/): the server block and the
// headers snippet it includes. Shared by `npm run export` and `npm run nginx:config`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HEADERS_SNIPPET, headersSnippet, serverBlock, type ServerOptions } from '@/lib/host/nginx-config';

export const SITE_CONF = 'nginx-site.conf';

/**
 * The folder nginx reads an export from: NGINX_ROOT when that is not where the export was
 * written (`npm run release` writes into a staging folder that nginx reads as
 * releases/current/site once it is published), else the export's own folder.
 */
export function servedRoot(
  exportDir: string,
  env: Record<string, string | undefined> = process.env,
): string {
  return path.resolve(env.NGINX_ROOT || exportDir);
}

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
