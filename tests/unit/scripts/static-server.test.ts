// Starting nginx for the export (scripts/lib/static-server.ts) on a busy machine: it waits for
// nginx's own readiness (its pid file, written once every socket listens), not for a clock, so
// it starts over HTTPS while every core is taken; a free port is picked when asked for port 0;
// and when nginx cannot start, the error quotes its error log.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import { availableParallelism } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
      const server = await startStaticServer(0, {
        root,
        tls: {
          certificate: certificates.certificate,
          certificateKey: certificates.key,
          ca: certificates.ca,
          redirectPort: 0,
        },
      });
      try {
        expect(server.port).toBeGreaterThan(0);
        expect(server.origin).toBe(`https://127.0.0.1:${server.port}`);
        expect(await getStatus(`${server.origin}/en/privacy/`)).toBe(200);
      } finally {
        server.stop();
      }
    } finally {
      for (const child of busy) child.kill();
    }
  });

  it('quotes nginx when it cannot start: a certificate that does not exist', async () => {
    const failed = await startStaticServer(0, {
      root,
      tls: {
        certificate: '/nonexistent/fullchain.pem',
        certificateKey: certificates.key,
        ca: certificates.ca,
      },
    }).then(
      () => undefined,
      (error: Error) => error.message,
    );
    expect(failed).toMatch(/nginx exited with code 1/);
    expect(failed).toMatch(/nginx's error log \(.*error\.log\), last lines:/);
    expect(failed).toMatch(/\/nonexistent\/fullchain\.pem/);
  });
});
