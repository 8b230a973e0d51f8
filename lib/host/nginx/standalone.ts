// A whole nginx configuration around the site's server block, for nginx run by this project on
// loopback (serve:static, the tests, the benchmark), never for the host's own nginx.
import { brotliModule } from '@/lib/host/nginx/brotli';

/** A whole nginx configuration that runs the site alone, as an unprivileged foreground process. */
export function standaloneConfig({
  prefix,
  server,
  brotli = brotliModule(),
  extraHttp = '',
  accessLog,
}: {
  prefix: string;
  server: string;
  brotli?: string;
  extraHttp?: string;
  /** A file to log every request to (the CDN edge test counts the origin's requests). */
  accessLog?: string;
}) {
  // Started as root (tests, CI), nginx would run its workers as "nobody", which cannot read a
  // checkout inside a private folder (mktemp -d is mode 700): they answer 403. This throwaway
  // server serves the exporter's own files, so its workers run as the user who started it.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `# Runs the exported site with nginx on its own: nginx -p ${prefix} -c nginx.conf
${user}${brotli ? `load_module ${brotli};\n` : ''}worker_processes auto;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events {
    worker_connections 4096;
}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    types {
        application/xml xml;
    }
    access_log ${accessLog ?? 'off'};
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    client_body_temp_path ${prefix}/client_body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
${extraHttp}    include ${server};
}
`;
}
