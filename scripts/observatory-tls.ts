// `npm run observatory:tls`: the MDN HTTP Observatory over HTTPS. Makes a throwaway CA and a
// certificate for 127.0.0.1 with openssl, serves the export (out/, or SITE_ROOT) with the
// generated nginx configuration over HTTPS on 127.0.0.1:PORT and its redirecting HTTP server
// (both free ports the kernel picks, unless PORT is set: then PORT and PORT+1), and runs `npm run observatory` against it in a process that trusts
// that CA (NODE_EXTRA_CA_CERTS). Fails unless every test passes, the grade is A+ and the score
// is at least 120. The certificate and keys are deleted afterwards.
// Like serve:static it refuses an incomplete export, and it waits for nginx's own readiness (its
// pid file) rather than a clock, so a loaded machine only makes it slower; when nginx cannot
// start, the error quotes the last lines of nginx's error log.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { exitUnlessServable } from '@/lib/host/export-check';
import { OUT_DIR, startStaticServer } from './lib/static-server';
import { makeTestCertificates } from './lib/test-certificates';

async function main() {
  const port = Number(process.env.PORT ?? 0);
  const root = path.resolve(process.env.SITE_ROOT ?? OUT_DIR);
  exitUnlessServable('observatory:tls', root, OUT_DIR);
  const certificates = makeTestCertificates();
  const started = Date.now();
  const server = await startStaticServer(port, {
    root,
    tls: {
      certificate: certificates.certificate,
      certificateKey: certificates.key,
      ca: certificates.ca,
      redirectPort: port === 0 ? 0 : port + 1,
    },
  }).catch((error: unknown) => {
    rmSync(certificates.dir, { recursive: true, force: true });
    throw error;
  });
  console.log(
    `observatory:tls: nginx serves ${server.origin} (ready after ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  try {
    const code = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/observatory.ts'], {
        stdio: 'inherit',
        env: {
          ...process.env,
          BASE_URL: server.origin,
          NODE_EXTRA_CA_CERTS: certificates.ca,
          OBSERVATORY_MIN_SCORE: process.env.OBSERVATORY_MIN_SCORE ?? '120',
          // The scanner gives each request 10 s; a loaded machine may need more, and a slow
          // answer is no finding of the scan.
          ABORT_TIMEOUT: process.env.ABORT_TIMEOUT ?? '120000',
          CLIENT_TIMEOUT: process.env.CLIENT_TIMEOUT ?? '120000',
        },
      });
      child.on('exit', (exitCode) => resolve(exitCode ?? 1));
    });
    process.exitCode = code;
  } finally {
    await server.stop();
    rmSync(certificates.dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
