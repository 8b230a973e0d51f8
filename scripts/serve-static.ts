// `npm run serve:static`: serves out/ (from `npm run export`) with nginx and the generated
// configuration on 127.0.0.1:PORT (default 8080; 0 takes any free port) until stopped with
// Ctrl+C. With a command after `--`, runs it with BASE_URL set to the server instead, then
// stops, e.g.
//   npm run serve:static -- npx playwright test
// With TLS=1 it serves HTTPS on PORT with a throwaway certificate for 127.0.0.1 (and redirects
// plain HTTP on PORT+1), and the command trusts its CA (NODE_EXTRA_CA_CERTS).
// SITE_ROOT serves another export (e.g. releases/current/site) instead of out/.
// It refuses to start (exit 1, naming `npm run export`) unless the folder is a complete export
// of the build in .next: the checks a release runs (lib/host/export-check.ts), and for out/
// the export's record (host/export.json). It says whether nginx sends brotli, and tells the
// command (SITE_BROTLI=on|off, SITE_BROTLI_MESSAGE), so the tests can say why they skip it.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { exitUnlessServable } from '@/lib/host/export-check';
import { OUT_DIR, startStaticServer } from './lib/static-server';
import { makeTestCertificates } from './lib/test-certificates';

async function main() {
  const port = Number(process.env.PORT ?? 8080);
  const root = path.resolve(process.env.SITE_ROOT ?? OUT_DIR);
  exitUnlessServable('serve:static', root, OUT_DIR);
  const certificates = process.env.TLS === '1' ? makeTestCertificates() : undefined;
  process.on('exit', () => certificates && rmSync(certificates.dir, { recursive: true }));
  const server = await startStaticServer(port, {
    root,
    tls: certificates && {
      certificate: certificates.certificate,
      certificateKey: certificates.key,
      ca: certificates.ca,
      redirectPort: port === 0 ? 0 : port + 1,
    },
  });
  console.log(`serve:static: ${server.brotli.message}`);
  const command = process.argv.slice(2);
  if (command.length === 0) {
    console.log(
      `serve:static: ${path.relative('.', root) || root}/ served by nginx on ${server.origin} (config in ${server.prefix}); Ctrl+C stops`,
    );
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      // Exit once nginx has ended and its scratch folder is removed.
      process.on(signal, () => void server.stop().then(() => process.exit(0)));
    }
    return;
  }
  const child = spawn(command[0]!, command.slice(1), {
    stdio: 'inherit',
    env: {
      ...process.env,
      BASE_URL: server.origin,
      SITE_BROTLI: server.brotli.on ? 'on' : 'off',
      SITE_BROTLI_MESSAGE: server.brotli.message,
      ...(certificates ? { NODE_EXTRA_CA_CERTS: certificates.ca } : {}),
    },
  });
  child.on('exit', (code) => void server.stop().then(() => process.exit(code ?? 1)));
}

main().catch((error) => {
  console.error(`serve:static: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
