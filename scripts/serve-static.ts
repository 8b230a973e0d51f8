// `npm run serve:static`: serves out/ (from `npm run export`) with nginx and the generated
// configuration on 127.0.0.1:PORT (default 8080) until stopped with Ctrl+C. With a command after
// `--`, runs it with BASE_URL set to the server instead, then stops, e.g.
//   npm run serve:static -- npx playwright test
// With TLS=1 it serves HTTPS on PORT with a throwaway certificate for 127.0.0.1 (and redirects
// plain HTTP on PORT+1), and the command trusts its CA (NODE_EXTRA_CA_CERTS).
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { startStaticServer } from './lib/static-server';
import { makeTestCertificates } from './lib/test-certificates';

async function main() {
  const port = Number(process.env.PORT ?? 8080);
  const certificates = process.env.TLS === '1' ? makeTestCertificates() : undefined;
  process.on('exit', () => certificates && rmSync(certificates.dir, { recursive: true }));
  const server = await startStaticServer(port, {
    tls: certificates && {
      certificate: certificates.certificate,
      certificateKey: certificates.key,
      ca: certificates.ca,
      redirectPort: port + 1,
    },
  });
  const command = process.argv.slice(2);
  if (command.length === 0) {
    console.log(
      `out/ served by nginx on ${server.origin} (config in ${server.prefix}); Ctrl+C stops`,
    );
    process.on('SIGINT', () => {
      server.stop();
      process.exit(0);
    });
    return;
  }
  const child = spawn(command[0]!, command.slice(1), {
    stdio: 'inherit',
    env: {
      ...process.env,
      BASE_URL: server.origin,
      ...(certificates ? { NODE_EXTRA_CA_CERTS: certificates.ca } : {}),
    },
  });
  child.on('exit', (code) => {
    server.stop();
    process.exit(code ?? 1);
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
