// Starting nginx for the export (scripts/lib/static-server.ts) on a busy machine: it waits for
// nginx's own readiness (its pid file, written once every socket listens), not for a clock, so
// it starts over HTTPS while every core is taken; a free port is picked when asked for port 0;
// and when nginx cannot start, the error quotes its error log. Its scratch folder in the
// temporary directory is gone once it has stopped, or failed to start.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NGINX, nginxVersion } from '@/lib/host/nginx-config';
import { http2Form } from '@/lib/host/nginx/version';
import { startStaticServer } from '@/scripts/lib/static-server';
import { makeTestCertificates } from '@/scripts/lib/test-certificates';
import { fixtureSite } from '@/tests/unit/helpers/fixture-site';

let root: string;
let certificates: ReturnType<typeof makeTestCertificates>;
const SLOW = { timeout: 300_000 };

beforeAll(() => {
  root = fixtureSite();
  certificates = makeTestCertificates();
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(certificates.dir, { recursive: true, force: true });
});

/** The throwaway certificate, as startStaticServer takes it. */
const testTls = (options: { certificate?: string; redirectPort?: number } = {}) => ({
  certificate: certificates.certificate,
  certificateKey: certificates.key,
  ca: certificates.ca,
  ...options,
});

/** Runs `body` with the environment variable `name` set to `value`, then puts it back. */
async function withEnv<T>(name: string, value: string, body: () => Promise<T>): Promise<T> {
  const before = process.env[name];
  process.env[name] = value;
  try {
    return await body();
  } finally {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  }
}

function getStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca: readFileSync(certificates.ca) }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
      .on('error', reject);
  });
}

describe('nginx for the export', SLOW, () => {
  it('starts over HTTPS on free ports with twice as many busy processes as cores', async () => {
    // Each busy process spins until it is killed, or for two minutes at most.
    const busy: ChildProcess[] = Array.from({ length: availableParallelism() * 2 }, () =>
      spawn(
        process.execPath,
        ['-e', 'const end = Date.now() + 120000; while (Date.now() < end) {}'],
        {
          stdio: 'ignore',
        },
      ),
    );
    try {
      const server = await startStaticServer(0, { root, tls: testTls({ redirectPort: 0 }) });
      try {
        expect(server.port).toBeGreaterThan(0);
        expect(server.origin).toBe(`https://127.0.0.1:${server.port}`);
        expect(await getStatus(`${server.origin}/en/privacy/`)).toBe(200);
      } finally {
        await server.stop();
      }
    } finally {
      for (const child of busy) child.kill();
    }
  });

  it('writes HTTP/2 for the nginx it runs, not the host NGINX_VERSION names', async () => {
    // An operator exporting for a newer host (http2 on;) still serves HTTPS here on Debian's.
    const other = http2Form(nginxVersion(NGINX, {})) === 'listen' ? '1.27.4' : '1.22.1';
    const server = await withEnv('NGINX_VERSION', other, () =>
      startStaticServer(0, { root, tls: testTls() }),
    );
    try {
      expect(await getStatus(`${server.origin}/en/privacy/`)).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('quotes nginx when it cannot start: a certificate that does not exist', async () => {
    const failed = await startStaticServer(0, {
      root,
      tls: testTls({ certificate: '/nonexistent/fullchain.pem' }),
    }).then(
      () => undefined,
      (error: Error) => error.message,
    );
    expect(failed).toMatch(/nginx exited with code 1/);
    expect(failed).toMatch(/nginx's error log \(.*error\.log\), last lines:/);
    expect(failed).toMatch(/\/nonexistent\/fullchain\.pem/);
  });
});

describe('the scratch folder of nginx', SLOW, () => {
  /** Runs `body` with TMPDIR a new empty folder, and returns what is left in it afterwards. */
  async function leftIn(body: () => Promise<unknown>): Promise<string[]> {
    const scratch = mkdtempSync(path.join(tmpdir(), 'static-server-tmp-'));
    chmodSync(scratch, 0o755); // nginx workers read the configuration inside it
    try {
      await withEnv('TMPDIR', scratch, body);
      return readdirSync(scratch);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }

  it('is in the temporary directory while nginx runs, and removed when it stops', async () => {
    let prefix = '';
    const left = await leftIn(async () => {
      const server = await startStaticServer(0, { root });
      prefix = server.prefix;
      expect(readdirSync(path.dirname(prefix))).toEqual([path.basename(prefix)]);
      expect(existsSync(path.join(prefix, 'nginx.conf'))).toBe(true);
      await server.stop();
    });
    expect(path.basename(prefix)).toMatch(/^nginx-/);
    expect(left).toEqual([]);
  });

  it('is removed when nginx exits at start (a certificate that does not exist)', async () => {
    const left = await leftIn(() =>
      expect(
        startStaticServer(0, {
          root,
          tls: testTls({ certificate: '/nonexistent/fullchain.pem' }),
        }),
      ).rejects.toThrow(/nginx exited with code 1/),
    );
    expect(left).toEqual([]);
  });

  it('is removed when nginx runs but does not serve the site (no page at the ready path)', async () => {
    const left = await leftIn(() =>
      expect(startStaticServer(0, { root, readyPath: '/nothing/' })).rejects.toThrow(
        /answered 404, not 200/,
      ),
    );
    expect(left).toEqual([]);
  });
});
