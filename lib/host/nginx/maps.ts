// The http-level `map` blocks of the site's configuration: the variables its servers and the
// headers snippet read (Cache-Control, HSTS, Allow, and the parts of a request a redirect may
// copy into Location, taken from the request as it was sent, never decoded).
import { defaultLocale } from '@/i18n/routing';
import { IMMUTABLE_PREFIX } from '@/lib/http/cache-policy.mjs';
import { hstsValue } from '@/lib/host/nginx/headers';
import type { CacheControlFor } from '@/lib/host/nginx/options';

/**
 * Characters a redirect may copy from the request into `Location`: the unreserved ones and `%`
 * (an encoded byte stays encoded). Anything else — a raw quote, backslash, `<` — is not echoed.
 */
const SAFE_PATH = String.raw`[A-Za-z0-9._~%/-]`;
const SAFE_QUERY = String.raw`[A-Za-z0-9._~%&=+,;:@/?!*'()-]`;
/** A path that cannot be read as another host: not `//…`, not `/\…`, not `/%2F…`, not `/%5C…`. */
const LOCAL_START = String.raw`/(?![/\x5c]|%2[Ff]|%5[Cc])`;

/** `$site_cache_control`: Cache-Control by status and path, exactly as `cacheControlFor` answers. */
function cacheControlMap(cacheControlFor: CacheControlFor): string {
  const statuses = [304, 301, 308, 404];
  const byStatus = statuses.flatMap((s) => [
    `    "~^${s}:${IMMUTABLE_PREFIX}" "${cacheControlFor(s, IMMUTABLE_PREFIX)}";`,
    `    "~^${s}:" "${cacheControlFor(s, '/')}";`,
  ]);
  const [immutable, document] = [cacheControlFor(200, IMMUTABLE_PREFIX), cacheControlFor(200, '/')];
  return `# Cache-Control of every response (lib/http/cache-policy.mjs, cacheControlFor), by status and path;
# volatile: computed when the header is sent, after any error_page has set the final status.
map "$status:$uri" $site_cache_control {
    volatile;
    default "${cacheControlFor(400, '/')}";
    "~^2\\d\\d:${IMMUTABLE_PREFIX}" "${immutable}";
    "~^2\\d\\d:" "${document}";
${byStatus.join('\n')}
}
`;
}

/** `$site_hsts`: HSTS over HTTPS, and over plain HTTP only for an origin without TLS of its own. */
function hstsMap(hstsOnPlainHttp: boolean): string {
  return `# HSTS on HTTPS; over plain HTTP only where this server is the origin behind a TLS-terminating
# CDN${hstsOnPlainHttp ? ' (this configuration: no TLS of its own)' : ' (not this configuration)'}.
map $scheme $site_hsts {
    https "${hstsValue()}";
    default "${hstsOnPlainHttp ? hstsValue() : ''}";
}
`;
}

/** `$site_allow`: the Allow header of a 405, empty (so not sent) on any other answer. */
function allowMap(): string {
  return `map $status $site_allow {
    volatile;
    405 "GET, HEAD";
    default "";
}
`;
}

/** The parts of the request a redirect copies: its path, unslashed or merged, and its query. */
function requestMaps(): string {
  const defaultLanguage = defaultLocale.replace('-', '\\-');
  return `# The path as the client sent it (still percent-encoded), when it is safe to copy into Location;
# empty otherwise. Redirects use these, never $uri or a capture, which nginx has decoded.
map $request_uri $site_path {
    "~^(?<p>${LOCAL_START}${SAFE_PATH}*)(?:\\?|$)" $p;
    default "";
}
map $request_uri $site_path_unslashed {
    "~^(?<p>${LOCAL_START}${SAFE_PATH}*[^/?])/(?:\\?|$)" $p;
    default "";
}
# A path of plain characters with doubled slashes (//en//privacy): the path nginx has merged,
# let through only if it is made of those same plain characters, so nothing decoded reaches it.
map $request_uri $site_merged {
    "~^(?=/)[A-Za-z0-9._~/-]*//[A-Za-z0-9._~/-]*(?:\\?|$)" "merged";
    default "";
}
map "$site_merged:$uri" $site_merged_path {
    "~^merged:(?<p>/[A-Za-z0-9._~/-]*)$" $p;
    default "";
}
map $request_uri $site_default_language_rest {
    "~*^/${defaultLanguage}(?<p>${LOCAL_START}${SAFE_PATH}*)(?:\\?|$)" $p;
    default "";
}
map $args $site_query {
    "" "";
    "~^${SAFE_QUERY}+$" "?$args";
    default "";
}
`;
}

/**
 * `$site_comparison_order`: "earlier" where a comparison's `since` sorts before its version. Two
 * dates of one shape compare as their first differing digit does: a shared prefix (the back
 * reference), then a smaller digit in `since`. One pattern, whatever the number of versions.
 * `$site_compare_choice`: the compare page's form, both fields dates, as the comparison's path.
 */
export const COMPARISON_ORDER = `^(?<p>[0-9-]*)(?:${Array.from(
  { length: 9 },
  (_, d) => `${d}[0-9-]*:\\k<p>[${d + 1}-9]`,
).join('|')})[0-9-]*$`;

function comparisonMaps(): string {
  return `map "$cmp_since:$cmp_version" $site_comparison_order {
    "~${COMPARISON_ORDER}" "earlier";
    default "";
}
map $args $site_compare_choice {
    "~^version=(?<v>\\d{4}-\\d{2}-\\d{2})&since=(?<s>\\d{4}-\\d{2}-\\d{2})$" "$v/changes/$s/";
    "~^since=(?<s>\\d{4}-\\d{2}-\\d{2})&version=(?<v>\\d{4}-\\d{2}-\\d{2})$" "$v/changes/$s/";
    default "";
}
`;
}

/** Every `map` block (http level), in the order the configuration has them. */
export function maps(hstsOnPlainHttp: boolean, cacheControlFor: CacheControlFor): string {
  return [
    cacheControlMap(cacheControlFor),
    hstsMap(hstsOnPlainHttp),
    allowMap(),
    requestMaps(),
    comparisonMaps(),
  ].join('\n');
}
