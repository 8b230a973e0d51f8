// The server blocks of the site's configuration: a plain-HTTP server of the site, an HTTPS one
// (Mozilla's "intermediate" profile, HTTP/2), and an HTTP server that only redirects to HTTPS.
import type { TlsOptions } from '@/lib/host/nginx/options';
import type { Http2Form } from '@/lib/host/nginx/version';

/**
 * Mozilla server-side TLS "intermediate" (v5.7): TLS 1.2 and 1.3; for 1.2 only ECDHE with
 * AES-GCM or ChaCha20. The profile's three DHE suites are left out: they need a dhparam file,
 * and every client the profile supports also speaks ECDHE.
 */
export const TLS_PROTOCOLS = 'TLSv1.2 TLSv1.3';
export const TLS_CIPHERS = [
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305',
].join(':');

/** A plain-HTTP server of the site: an origin behind a CDN that terminates TLS, or a local test. */
export function plainServer(listen: string, rules: string): string {
  return `server {
    listen ${listen};
${rules}
}`;
}

/**
 * The HTTPS server of the site, with HTTP/2 on in the form its nginx knows (version.ts); plain
 * HTTP sent to its port is redirected, not refused.
 */
export function tlsServer(tls: TlsOptions, rules: string, http2: Http2Form): string {
  return `# HTTPS: Mozilla "intermediate" (TLS 1.2 and 1.3), HTTP/2.
server {
    listen ${tls.listen} ssl${http2 === 'listen' ? ' http2' : ''};
${http2 === 'directive' ? '    http2 on;\n' : ''}    ssl_certificate ${tls.certificate};
    ssl_certificate_key ${tls.certificateKey};
    ssl_protocols ${TLS_PROTOCOLS};
    ssl_ciphers ${TLS_CIPHERS};
    ssl_prefer_server_ciphers off;
    ssl_session_timeout 1d;
    ssl_session_cache shared:SiteTLS:10m;
    ssl_session_tickets off;
    # Plain HTTP sent to this port: redirect to HTTPS rather than answer 400.
    error_page 497 =301 ${tls.origin}$site_path$site_query;
${rules}
}`;
}

/** An HTTP server on `listen` that answers every request with a 301 to `origin` (no HSTS). */
export function redirectServer(listen: string, origin: string, include: string): string {
  return `# HTTP: nothing but a redirect to the same path over HTTPS (no HSTS over HTTP).
server {
    listen ${listen};
    server_tokens off;
    include ${include};
    if ($site_path = "") {
        return 301 ${origin}/;
    }
    return 301 ${origin}$site_path$site_query;
}`;
}
