// `npm run nginx:config`: writes the nginx configuration of out/ (or --root DIR) into host/
// without building or exporting again: host/nginx-site.conf and the headers snippet it
// includes, as `npm run export` writes them. With a certificate, its key and the site's https://
// origin, the configuration has an HTTPS server (TLS 1.2 and 1.3, HTTP/2, HSTS) and a plain-HTTP
// server that only redirects to it:
//   npm run nginx:config -- --certificate /etc/site/tls/fullchain.pem \
//     --key /etc/site/tls/privkey.pem --origin https://www.example.cn
// The same as variables: TLS_CERTIFICATE, TLS_CERTIFICATE_KEY, SITE_ORIGIN, and TLS_LISTEN
// (443), REDIRECT_LISTEN (80); without them, one plain-HTTP server on NGINX_LISTEN (8080).
// HTTP/2 is written for the nginx NGINX_VERSION names, else the one `nginx -v` finds here:
// `http2 on;` from 1.25.1, `listen … ssl http2` before it (lib/host/nginx/version.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeHostConfig } from '@/lib/host/host-config';
import { describeServers, serverOptionsFrom } from '@/lib/host/nginx-config';
import { OUT_DIR } from './lib/static-server';

function main() {
  const { values } = parseArgs({
    options: {
      certificate: { type: 'string' },
      key: { type: 'string' },
      origin: { type: 'string' },
      listen: { type: 'string' },
      'tls-listen': { type: 'string' },
      'redirect-listen': { type: 'string' },
      root: { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  });
  const options = serverOptionsFrom({
    ...process.env,
    ...(values.certificate && { TLS_CERTIFICATE: values.certificate }),
    ...(values.key && { TLS_CERTIFICATE_KEY: values.key }),
    ...(values.origin && { SITE_ORIGIN: values.origin }),
    ...(values.listen && { NGINX_LISTEN: values.listen }),
    ...(values['tls-listen'] && { TLS_LISTEN: values['tls-listen'] }),
    ...(values['redirect-listen'] && { REDIRECT_LISTEN: values['redirect-listen'] }),
  });
  const root = path.resolve(values.root ?? OUT_DIR);
  const file = writeHostConfig(values.out ?? 'host', root, options);
  console.log(`nginx:config: ${file} for ${root}: ${describeServers(options)}`);
  for (const needed of options.tls ? [options.tls.certificate, options.tls.certificateKey] : []) {
    // The files may live on the host only, so their absence is said, not refused.
    if (!existsSync(needed)) {
      console.warn(`nginx:config: ${needed} is not on this machine; nginx needs it where it runs`);
    }
  }
}

try {
  main();
} catch (error) {
  console.error(`nginx:config: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
