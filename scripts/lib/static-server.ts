// Serves the exported site (out/) with Debian's nginx on a loopback port, using the generated
// configuration, for the browser tests, the benchmark, the release tests and the TLS scan.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunningServer } from '../../tests/support/production-server';
import { freePort } from './free-port';
import {
  brotliStatus,
  HEADERS_SNIPPET,
  headersSnippet,
  NGINX,
  nginxVersion,
  serverBlock,
  standaloneConfig,
  type CacheControlFor,
} from '@/lib/host/nginx-config';

export const OUT_DIR = path.resolve('out');

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

export type StaticServer = Omit<RunningServer, 'stop'> & {
  /** Ends nginx (SIGQUIT: finish, then exit); resolves once it has exited and `prefix` is gone. */
  stop: () => Promise<void>;
  /** nginx's scratch folder in the temporary directory: its configuration, pid file and logs. */
  prefix: string;
  port: number;
  /** Whether nginx sends the .br copies, and why not (brotliStatus). */
  brotli: { on: boolean; message: string };
};

type Listening = { port: number; redirectPort?: number; origin: string };

/**
 * Writes nginx's scratch folder: its temporary folders, the headers snippet, the site's server
 * block (generated unless `server` replaces it) and the whole configuration. Returns what
 * brotliStatus says of this machine's nginx.
 */
function writeScratch(
  prefix: string,
  { port, redirectPort, origin }: Listening,
  { root = OUT_DIR, server, tls, extraHttp, cacheControlFor, accessLog }: StaticServerOptions,
) {
  // nginx workers run as nobody: they must be able to read the snippet and the certificate.
  chmodSync(prefix, 0o755);
  for (const dir of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    mkdirSync(path.join(prefix, dir));
  }
  writeFileSync(path.join(prefix, HEADERS_SNIPPET), headersSnippet());
  const site = path.join(prefix, 'site.conf');
  const brotli = brotliStatus(NGINX);
  writeFileSync(
    site,
    server ??
      serverBlock({
        root,
        includeDir: prefix,
        cacheControlFor,
        brotli: brotli.module !== undefined,
        ...(tls
          ? {
              // The nginx run here, whatever host NGINX_VERSION names for the written files.
              nginxVersion: nginxVersion(NGINX, {}),
              tls: {
                listen: `127.0.0.1:${port}`,
                certificate: tls.certificate,
                certificateKey: tls.certificateKey,
                origin,
                redirectListen: redirectPort ? `127.0.0.1:${redirectPort}` : undefined,
              },
            }
          : { listen: `127.0.0.1:${port}` }),
      }),
  );
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    standaloneConfig({ prefix, server: site, extraHttp, accessLog, brotli: brotli.module }),
  );
  return brotli;
}

/**
 * Runs nginx on the configuration in `prefix`. Its stop() sends SIGQUIT unless nginx has exited
 * already, waits for the exit and only then removes `prefix`, which nginx writes to until it
 * ends (its pid file, its error log); a second call waits for the same end.
 */
function runNginx(prefix: string) {
  const errorLog = path.join(prefix, 'error.log');
  // -e: nginx's messages from before it reads the configuration go to the same log.
  const child = spawn(
    NGINX,
    ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', errorLog],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // 'error' alone when nginx could not be run at all (not installed): no 'exit' follows.
  const ended = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
      await ended;
      rmSync(prefix, { recursive: true, force: true });
    })());
  return { child, stderr: () => stderr, errorLog, stop };
}

/**
 * Starts nginx for `root` on 127.0.0.1:port (0: any free port, and any free port for a TLS
 * redirect port of 0); stop() ends it and removes its scratch folder. Fails with nginx's own
 * words (the last lines of its error log) if it cannot start, e.g. when the port is in use,
 * and leaves no scratch folder behind then either.
 */
export async function startStaticServer(
  requestedPort: number,
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const { tls, readyPath } = options;
  const port = requestedPort === 0 ? await freePort() : requestedPort;
  const redirectPort = tls?.redirectPort === 0 ? await freePort() : tls?.redirectPort;
  const origin = tls ? `https://127.0.0.1:${port}` : `http://127.0.0.1:${port}`;
  const prefix = mkdtempSync(path.join(tmpdir(), 'nginx-'));
  let brotli: ReturnType<typeof brotliStatus>;
  try {
    brotli = writeScratch(prefix, { port, redirectPort, origin }, options);
  } catch (error) {
    rmSync(prefix, { recursive: true, force: true });
    throw error;
  }
  const nginx = runNginx(prefix);
  try {
    await waitForNginx(nginx.child, prefix, nginx.stderr);
    const url = origin + (readyPath ?? '/en/');
    const status = await statusOf(url, tls?.ca);
    if (status !== 200) {
      throw new Error(
        `nginx started on port ${port}, but ${url} answered ${status || 'nothing'}, not 200${logTail(nginx.errorLog, nginx.stderr())}`,
      );
    }
  } catch (error) {
    await nginx.stop();
    throw error;
  }
  return {
    origin,
    pid: nginx.child.pid ?? 0,
    stop: nginx.stop,
    prefix,
    port,
    brotli: { on: brotli.module !== undefined, message: brotli.message },
  };
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

/** The last lines nginx wrote (its error log, else what it printed), to quote in an error. */
function logTail(errorLog: string, stderr: string, lines = 15): string {
  const log = existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '';
  const text = (log.trim() ? log : stderr).trim();
  if (!text) return '';
  return `\nnginx's error log (${errorLog}), last lines:\n  ${text.split('\n').slice(-lines).join('\n  ')}`;
}

/**
 * Waits for nginx's own sign that it is ready: it writes its pid file once it has read the
 * configuration and opened every listening socket, so a request made after it is answered
 * however slowly the machine runs. No clock: it waits as long as nginx runs, and fails, quoting
 * nginx, as soon as nginx exits (a port in use, a wrong configuration).
 */
async function waitForNginx(child: ChildProcess, prefix: string, stderr: () => string) {
  const pidFile = path.join(prefix, 'nginx.pid');
  const errorLog = path.join(prefix, 'error.log');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  while (!existsSync(pidFile)) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await exited;
      const log = existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '';
      const inUse = /bind\(\) to (\S+) failed \(98: Address already in use\)/.exec(log + stderr());
      const reason = inUse
        ? `${inUse[1]} is in use by another program: stop it, or choose another port (PORT=…; PORT=0 takes any free one)`
        : `nginx exited with code ${child.exitCode ?? child.signalCode}`;
      throw new Error(`${reason}${logTail(errorLog, stderr())}`);
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 50))]);
  }
}
