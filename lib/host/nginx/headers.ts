// The one snippet that adds every header the site sends, included once by each server, so a
// response carries each header exactly once (lib/security-headers.mjs, the cache policy, Allow).
import { securityHeaders } from '@/lib/security-headers.mjs';

/** The file name of the snippet every server includes: all headers the site adds, once. */
export const HEADERS_SNIPPET = 'security-headers.conf';

/**
 * The snippet with every header the site adds, included once per server: the security headers
 * of lib/security-headers.mjs, Cache-Control from the cache policy, and Allow on a 405. HSTS
 * takes its value from `$site_hsts`, which the server block sets (empty, so not sent, on the
 * HTTP server that only redirects to HTTPS). Variables with an empty value are not sent.
 */
export function headersSnippet(): string {
  const lines = securityHeaders().map(({ key, value }) =>
    key === 'Strict-Transport-Security'
      ? `add_header ${key} $site_hsts always;`
      : `add_header ${key} "${value}" always;`,
  );
  return `# Generated from lib/security-headers.mjs and lib/http/cache-policy.mjs; do not edit by hand.
# Included by every server of the site; no location adds a header of its own, so every response
# (pages, files, redirects, 404, 405, 416) carries each header exactly once.
${lines.join('\n')}
add_header Cache-Control $site_cache_control always;
add_header Allow $site_allow always;
`;
}

/** The HSTS value, for the `map` that sets `$site_hsts`. */
export function hstsValue(): string {
  return securityHeaders().find((h) => h.key === 'Strict-Transport-Security')!.value;
}
