// `npm run observatory:tls`: the MDN HTTP Observatory over HTTPS. Makes a throwaway CA and a
// certificate for 127.0.0.1 with openssl, serves the export (out/, or SITE_ROOT) with the
// generated nginx configuration over HTTPS on 127.0.0.1:PORT (default 8443) and its redirecting
// HTTP server on PORT+1, and runs `npm run observatory` against it in a process that trusts
// that CA (NODE_EXTRA_CA_CERTS). Fails unless every test passes, the grade is A+ and the score
// is at least 120. The certificate and keys are deleted afterwards.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { OUT_DIR, startStaticServer } from './lib/static-server';
import { makeTestCertificates } from './lib/test-certificates';

async function main() {
  const port = Number(process.env.PORT ?? 8443);
  const certificates = makeTestCertificates();
  const server = await startStaticServer(port, {
    root: path.resolve(process.env.SITE_ROOT ?? OUT_DIR),
    tls: {
      certificate: certificates.certificate,
      certificateKey: certificates.key,
      ca: certificates.ca,
      redirectPort: port + 1,
    },
  });
  try {
    const code = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/observatory.ts'], {
        stdio: 'inherit',
        env: {
          ...process.env,
          BASE_URL: server.origin,
          NODE_EXTRA_CA_CERTS: certificates.ca,
          OBSERVATORY_MIN_SCORE: process.env.OBSERVATORY_MIN_SCORE ?? '120',
        },
      });
      child.on('exit', (exitCode) => resolve(exitCode ?? 1));
    });
    process.exitCode = code;
  } finally {
    server.stop();
    rmSync(certificates.dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
