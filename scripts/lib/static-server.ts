// Serves the exported site (out/) with Debian's nginx on a loopback port, using the generated
// configuration, for the browser tests and the benchmark.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { waitUntilServing, type RunningServer } from './production-server';
import { serverBlock, standaloneConfig } from './nginx-config';

export const OUT_DIR = path.resolve('out');
// Debian installs nginx in /usr/sbin, which is not on every user's PATH.
const NGINX = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';

/**
 * Starts nginx for `root` on 127.0.0.1:port. `server` replaces the generated server block, e.g.
 * a bare one for the benchmark's baseline.
 */
export async function startStaticServer(
  port: number,
  { root = OUT_DIR, server }: { root?: string; server?: string } = {},
): Promise<RunningServer & { prefix: string }> {
  const prefix = mkdtempSync(path.join(tmpdir(), 'nginx-'));
  for (const dir of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    mkdirSync(path.join(prefix, dir));
  }
  const site = path.join(prefix, 'site.conf');
  writeFileSync(site, server ?? serverBlock({ root, listen: `127.0.0.1:${port}` }));
  writeFileSync(path.join(prefix, 'nginx.conf'), standaloneConfig({ prefix, server: site }));
  const child = spawn(NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], {
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    child.kill('SIGQUIT');
  };
  try {
    await waitUntilServing(origin, child, `nginx (see ${prefix}/error.log)`);
  } catch (error) {
    stop();
    throw error;
  }
  return { origin, pid: child.pid ?? 0, stop, prefix };
}
