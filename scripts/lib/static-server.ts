// Serves the exported site (out/) with Debian's nginx on a loopback port, using the generated
// configuration, for the browser tests, the benchmark, the release tests and the TLS scan.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunningServer } from './production-server';
import {
  HEADERS_SNIPPET,
  headersSnippet,
  serverBlock,
  standaloneConfig,
  type CacheControlFor,
} from './nginx-config';

export const OUT_DIR = path.resolve('out');
// Debian installs nginx in /usr/sbin, which is not on every user's PATH.
export const NGINX = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';

export type StaticServerOptions = {
  root?: string;
  /** Replaces the generated server block, e.g. a bare one for the benchmark's baseline. */
  server?: string;
  /** Serve HTTPS on `port` with this certificate, and redirect HTTP on `redirectPort` to it. */
  tls?: { certificate: string; certificateKey: string; ca: string; redirectPort?: number };
  /** More http-level configuration (e.g. a proxy cache in front of another server). */
  extraHttp?: string;
  /** The URL path polled until the server answers 200 (default /en/). */
  readyPath?: string;
  /** An injected cache policy (see serverBlock). */
  cacheControlFor?: CacheControlFor;
  accessLog?: string;
};

/** Starts nginx for `root` on 127.0.0.1:port; stop() ends it (SIGQUIT: finish, then exit). */
export async function startStaticServer(
  port: number,
  {
    root = OUT_DIR,
    server,
    tls,
    extraHttp,
    readyPath,
    cacheControlFor,
    accessLog,
  }: StaticServerOptions = {},
): Promise<RunningServer & { prefix: string }> {
  const prefix = mkdtempSync(path.join(tmpdir(), 'nginx-'));
  // nginx workers run as nobody: they must be able to read the snippet and the certificate.
  chmodSync(prefix, 0o755);
  for (const dir of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    mkdirSync(path.join(prefix, dir));
  }
  writeFileSync(path.join(prefix, HEADERS_SNIPPET), headersSnippet());
  const site = path.join(prefix, 'site.conf');
  const origin = tls ? `https://127.0.0.1:${port}` : `http://127.0.0.1:${port}`;
  writeFileSync(
    site,
    server ??
      serverBlock({
        root,
        includeDir: prefix,
        cacheControlFor,
        ...(tls
          ? {
              tls: {
                listen: `127.0.0.1:${port}`,
                certificate: tls.certificate,
                certificateKey: tls.certificateKey,
                origin,
                redirectListen: tls.redirectPort ? `127.0.0.1:${tls.redirectPort}` : undefined,
              },
            }
          : { listen: `127.0.0.1:${port}` }),
      }),
  );
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    standaloneConfig({ prefix, server: site, extraHttp, accessLog }),
  );
  const child = spawn(NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], {
    stdio: 'ignore',
  });
  const stop = () => {
    child.kill('SIGQUIT');
  };
  try {
    await waitForNginx(origin + (readyPath ?? '/en/'), child, prefix, tls?.ca);
  } catch (error) {
    stop();
    throw error;
  }
  return { origin, pid: child.pid ?? 0, stop, prefix };
}

/** One GET; the status, or 0 if the connection failed. Trusts `ca` for HTTPS. */
export function statusOf(url: string, ca?: string): Promise<number> {
  return new Promise((resolve) => {
    const options = url.startsWith('https:') && ca ? { ca: readFileSync(ca) } : {};
    const request = (url.startsWith('https:') ? https : http).get(url, options, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', () => resolve(0));
  });
}

/** Polls `url` every 250 ms for up to a minute until it answers 200; fails if nginx exits. */
async function waitForNginx(url: string, child: ChildProcess, prefix: string, ca?: string) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) {
      throw new Error(`nginx exited with code ${child.exitCode} (see ${prefix}/error.log)`);
    }
    if ((await statusOf(url, ca)) === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`nginx did not answer ${url} within a minute (see ${prefix}/error.log)`);
}
