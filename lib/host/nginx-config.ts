// The nginx configuration for the exported site, generated from the same header list and cache
// policy as the Node server so the two cannot drift: security headers on every response (one
// included snippet), the policy's Cache-Control per status and path, 405 for methods other than
// GET and HEAD, the site's 308 redirects built from the request as it was sent (never from a
// decoded path), precompressed files, the 404 page in the URL's language, and optionally HTTPS
// (Mozilla's "intermediate" profile) with an HTTP server that only redirects to it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defaultLocale, locales } from '@/i18n/routing';
import { cacheControlFor as shippedPolicy, IMMUTABLE_PREFIX } from '@/lib/http/cache-policy.mjs';

/** The Cache-Control of a response with this status for this path (lib/http/cache-policy.mjs). */
export type CacheControlFor = (status: number, pathname: string) => string;
import { securityHeaders } from '@/lib/security-headers.mjs';

/** The file name of the snippet every server includes: all headers the site adds, once. */
export const HEADERS_SNIPPET = 'security-headers.conf';

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

/**
 * Characters a redirect may copy from the request into `Location`: the unreserved ones and `%`
 * (an encoded byte stays encoded). Anything else — a raw quote, backslash, `<` — is not echoed.
 */
const SAFE_PATH = String.raw`[A-Za-z0-9._~%/-]`;
const SAFE_QUERY = String.raw`[A-Za-z0-9._~%&=+,;:@/?!*'()-]`;
/** A path that cannot be read as another host: not `//…`, not `/\…`, not `/%2F…`, not `/%5C…`. */
const LOCAL_START = String.raw`/(?![/\x5c]|%2[Ff]|%5[Cc])`;

/** The file name of nginx's brotli_static module (Debian: libnginx-mod-http-brotli-static). */
const BROTLI_FILE = 'ngx_http_brotli_static_module.so';

/**
 * Where the brotli_static module may be: NGINX_BROTLI_MODULE alone when set (a path, or `off`),
 * else Debian's path, the other usual one, then nginx's own modules path.
 */
export function brotliCandidates(
  nginx = '/usr/sbin/nginx',
  env: Record<string, string | undefined> = process.env,
): string[] {
  const chosen = env.NGINX_BROTLI_MODULE;
  if (chosen) return chosen === 'off' ? [] : [chosen];
  const candidates = [
    `/usr/lib/nginx/modules/${BROTLI_FILE}`,
    `/usr/share/nginx/modules/${BROTLI_FILE}`,
  ];
  try {
    const built = execFileSync(nginx, ['-V'], { encoding: 'utf8', stdio: 'pipe' }) || '';
    const match = /--modules-path=(\S+)/.exec(built);
    if (match) candidates.push(path.join(match[1]!, BROTLI_FILE));
  } catch {
    // nginx -V prints to stderr and may be missing; the fixed paths remain.
  }
  return candidates;
}

/** The brotli_static module to load, or undefined when there is none (gzip only). */
export function brotliModule(
  nginx = '/usr/sbin/nginx',
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  return brotliCandidates(nginx, env).find((file) => existsSync(file));
}

/** Whether nginx will send the .br copies, and why, in one line for the operator. */
export function brotliStatus(
  nginx = '/usr/sbin/nginx',
  env: Record<string, string | undefined> = process.env,
) {
  const found = brotliModule(nginx, env);
  if (found) return { module: found, message: `brotli is on (${found})` };
  const looked = brotliCandidates(nginx, env);
  const why =
    looked.length === 0
      ? 'NGINX_BROTLI_MODULE=off'
      : `no ${BROTLI_FILE} at ${looked.join(', ')}; install libnginx-mod-http-brotli-static (npm test installs it)`;
  return {
    module: undefined,
    message: `brotli is off: nginx sends gzip and plain files only, never the .br copies (${why})`,
  };
}

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
function hstsValue(): string {
  return securityHeaders().find((h) => h.key === 'Strict-Transport-Security')!.value;
}

/**
 * `map` blocks (http level): Cache-Control by status and path, exactly as `cacheControlFor`
 * answers; the request's own path and query when they are safe to echo in a Location.
 */
function maps(hstsOnPlainHttp: boolean, cacheControlFor: CacheControlFor): string {
  const statuses = [304, 301, 308, 404];
  const byStatus = statuses.flatMap((s) => [
    `    "~^${s}:${IMMUTABLE_PREFIX}" "${cacheControlFor(s, IMMUTABLE_PREFIX)}";`,
    `    "~^${s}:" "${cacheControlFor(s, '/')}";`,
  ]);
  const [immutable, document] = [cacheControlFor(200, IMMUTABLE_PREFIX), cacheControlFor(200, '/')];
  const defaultLanguage = defaultLocale.replace('-', '\\-');
  return `# Cache-Control of every response (lib/http/cache-policy.mjs, cacheControlFor), by status and path;
# volatile: computed when the header is sent, after any error_page has set the final status.
map "$status:$uri" $site_cache_control {
    volatile;
    default "${cacheControlFor(400, '/')}";
    "~^2\\d\\d:${IMMUTABLE_PREFIX}" "${immutable}";
    "~^2\\d\\d:" "${document}";
${byStatus.join('\n')}
}

# HSTS on HTTPS; over plain HTTP only where this server is the origin behind a TLS-terminating
# CDN${hstsOnPlainHttp ? ' (this configuration: no TLS of its own)' : ' (not this configuration)'}.
map $scheme $site_hsts {
    https "${hstsValue()}";
    default "${hstsOnPlainHttp ? hstsValue() : ''}";
}

map $status $site_allow {
    volatile;
    405 "GET, HEAD";
    default "";
}

# The path as the client sent it (still percent-encoded), when it is safe to copy into Location;
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

export type TlsOptions = {
  /** `listen` of the HTTPS server, e.g. `443` or `127.0.0.1:5443`. */
  listen: string;
  certificate: string;
  certificateKey: string;
  /** Where the HTTP server redirects to, e.g. `https://www.amazonaws.cn` (no final slash). */
  origin: string;
  /** `listen` of the HTTP server that only redirects (e.g. `80`); none if not given. */
  redirectListen?: string;
};

export type ServerOptions = {
  root: string;
  /** The folder holding the headers snippet (HEADERS_SNIPPET) that every server includes. */
  includeDir: string;
  /** `listen` of a plain-HTTP site server (an origin behind a CDN, or a local test). */
  listen?: string;
  tls?: TlsOptions;
  brotli?: boolean;
  /**
   * The cache policy; the shipped one unless a test injects other lifetimes (the CDN edge test
   * cannot wait the shipped s-maxage of 300 s for every step).
   */
  cacheControlFor?: CacheControlFor;
};

const prefix = (l: string) => (l === defaultLocale ? '' : `/${l}`);

/** What every file is served with: root, types, precompressed copies, ETags, the headers. */
function fileSettings(root: string, include: string, brotli: boolean): string {
  return `    root ${root};
    server_tokens off;
    # Relative Location headers: no Host header a client sends can change where a redirect leads.
    absolute_redirect off;
    # Also the type of the short texts below (405); every file has a known extension.
    default_type text/plain;
    charset utf-8;
    charset_types text/css application/javascript text/xml application/xml application/atom+xml text/plain image/svg+xml;
    gzip_static on;
    gzip_vary on;
${brotli ? '    brotli_static on;\n' : ''}    # ETags (nginx's default) let browsers and the CDN revalidate with 304.
    etag on;
    # No byte ranges: a Range header gets the whole file (200). Pages are small; this also rules
    # out many-range answers, and nginx's 416, which repeats every added header (it runs the
    # header filters twice).
    max_ranges 0;
    include ${include};
`;
}

/**
 * The methods the site answers, and its 308 redirects built from the request as it was sent:
 * the default language's prefix, a file with a slash after it, a page without its final slash,
 * doubled slashes.
 */
function redirectRules(): string {
  return `
    # The site answers GET and HEAD only.
    if ($request_method !~ ^(GET|HEAD)$) {
        return 405 "Method Not Allowed\\n";
    }

    # /${defaultLocale}/... is the page without the prefix; one hop, query kept.
    location ~* ^/${defaultLocale}/?$ {
        return 308 /$site_query;
    }
    location ~* ^/${defaultLocale}/ {
        if ($site_default_language_rest = "") {
            return 404;
        }
        if ($uri ~ "/$") {
            return 308 $site_default_language_rest$site_query;
        }
        set $site_target_dir "$document_root$site_default_language_rest";
        if (-d $site_target_dir) {
            return 308 $site_default_language_rest/$site_query;
        }
        return 308 $site_default_language_rest$site_query;
    }

    # A file with a slash after it (/feed.xml/): 308 to the file; no page has a dot in its name.
    location ~ ^/[A-Za-z0-9._~/-]*\\.[A-Za-z0-9]+/$ {
        if ($site_path_unslashed = "") {
            return 404;
        }
        return 308 $site_path_unslashed$site_query;
    }

    # A page without its final slash: 308 to the slashed URL.
    set $slash "";
    if (-d $request_filename) {
        set $slash "dir";
    }
    if ($uri ~ "^/[A-Za-z0-9._~/-]*[^/]$") {
        set $slash "\${slash}-noslash";
    }
    if ($site_path = "") {
        set $slash "\${slash}-unsafe";
    }
    # Doubled slashes: one hop to the merged path, with the final slash a page needs.
    if ($site_merged_path != "") {
        set $slash "\${slash}-merged";
    }
    if ($slash ~ "^dir-noslash.*-merged$") {
        return 308 $site_merged_path/$site_query;
    }
    if ($slash ~ "-merged$") {
        return 308 $site_merged_path$site_query;
    }
    if ($slash = "dir-noslash") {
        return 308 $site_path/$site_query;
    }
`;
}

/** The locations: fingerprinted assets, each language's pages and 404 page, the feeds. */
function locationRules(): string {
  const others = locales.filter((l) => l !== defaultLocale);
  const languageLocations = others
    .map(
      (l) => `
    # Pages under ${prefix(l)}/: the same rules, and the 404 page in this language.
    location ${prefix(l)}/ {
        error_page 404 ${prefix(l)}/404.html;
        try_files $uri $uri/index.html =404;
    }`,
    )
    .join('\n');
  return `
    error_page 404 /404.html;

    location ${IMMUTABLE_PREFIX} {
        try_files $uri =404;
    }
${languageLocations}

    # The Atom feeds, sent with their own type rather than that of any .xml file.
    location ~ ^(${others.map(prefix).join('|')})?/feed\\.xml$ {
        types { }
        default_type application/atom+xml;
        try_files $uri =404;
    }

    location / {
        try_files $uri $uri/index.html =404;
    }`;
}

/** The locations and rules of the site, shared by its HTTP and HTTPS servers. */
function siteRules(root: string, include: string, brotli: boolean): string {
  return fileSettings(root, include, brotli) + redirectRules() + locationRules();
}

/**
 * The site's nginx configuration, to include in the http block: the maps, then a plain-HTTP
 * site server (`listen`), an HTTPS site server (`tls`) and its redirecting HTTP server, as given.
 */
export function serverBlock({
  root,
  includeDir,
  listen,
  tls,
  brotli = brotliModule() !== undefined,
  cacheControlFor = shippedPolicy,
}: ServerOptions): string {
  const include = path.join(includeDir, HEADERS_SNIPPET);
  const servers: string[] = [];
  if (listen) {
    servers.push(`server {
    listen ${listen};
${siteRules(root, include, brotli)}
}`);
  }
  if (tls) {
    servers.push(`# HTTPS: Mozilla "intermediate" (TLS 1.2 and 1.3), HTTP/2.
server {
    listen ${tls.listen} ssl http2;
    ssl_certificate ${tls.certificate};
    ssl_certificate_key ${tls.certificateKey};
    ssl_protocols ${TLS_PROTOCOLS};
    ssl_ciphers ${TLS_CIPHERS};
    ssl_prefer_server_ciphers off;
    ssl_session_timeout 1d;
    ssl_session_cache shared:SiteTLS:10m;
    ssl_session_tickets off;
    # Plain HTTP sent to this port: redirect to HTTPS rather than answer 400.
    error_page 497 =301 ${tls.origin}$site_path$site_query;
${siteRules(root, include, brotli)}
}`);
    if (tls.redirectListen) {
      servers.push(`# HTTP: nothing but a redirect to the same path over HTTPS (no HSTS over HTTP).
server {
    listen ${tls.redirectListen};
    server_tokens off;
    include ${include};
    if ($site_path = "") {
        return 301 ${tls.origin}/;
    }
    return 301 ${tls.origin}$site_path$site_query;
}`);
    }
  }
  if (servers.length === 0) throw new Error('serverBlock: give listen, tls or both');
  return `# Generated by lib/host/nginx-config.ts; do not edit by hand.
${maps(!tls, cacheControlFor)}
${servers.join('\n\n')}
`;
}

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

/** The variables that give the generated configuration its HTTPS server (all three, or none). */
export const TLS_VARIABLES = ['TLS_CERTIFICATE', 'TLS_CERTIFICATE_KEY', 'SITE_ORIGIN'] as const;

/**
 * The listen lines and TLS of the site's configuration from the environment, as `npm run
 * export`, `npm run release` and `npm run nginx:config` read it: a plain-HTTP server on
 * NGINX_LISTEN (default 8080) without the TLS variables; with all three, an HTTPS server on
 * TLS_LISTEN (443) and one on REDIRECT_LISTEN (80) that only redirects to it. Throws when only
 * some of them are set, or SITE_ORIGIN is not an https:// origin.
 */
export function serverOptionsFrom(
  env: Record<string, string | undefined>,
): Omit<ServerOptions, 'root' | 'includeDir'> {
  const given = TLS_VARIABLES.filter((name) => env[name]);
  if (given.length === 0) return { listen: env.NGINX_LISTEN || '8080' };
  if (given.length < TLS_VARIABLES.length) {
    const missing = TLS_VARIABLES.filter((name) => !env[name]);
    throw new Error(
      `HTTPS needs ${TLS_VARIABLES.join(', ')}: ${given.join(', ')} given, ${missing.join(', ')} missing`,
    );
  }
  const origin = env.SITE_ORIGIN!.replace(/\/$/, '');
  if (!/^https:\/\/[A-Za-z0-9.-]+(?::\d+)?$/.test(origin)) {
    throw new Error(
      `SITE_ORIGIN must be an https:// origin such as https://www.example.cn, not ${origin}`,
    );
  }
  return {
    tls: {
      listen: env.TLS_LISTEN || '443',
      certificate: env.TLS_CERTIFICATE!,
      certificateKey: env.TLS_CERTIFICATE_KEY!,
      origin,
      redirectListen: env.REDIRECT_LISTEN || '80',
    },
  };
}

/** One line for the operator: which servers a configuration has, and how to add HTTPS. */
export function describeServers(options: Omit<ServerOptions, 'root' | 'includeDir'>): string {
  if (options.tls) {
    return `HTTPS on ${options.tls.listen} (certificate ${options.tls.certificate}), and HTTP on ${options.tls.redirectListen ?? 'no port'} redirecting to ${options.tls.origin}`;
  }
  return `plain HTTP on ${options.listen} only, no HTTPS server (for an origin behind a CDN that terminates TLS); for HTTPS run npm run nginx:config -- --certificate FILE --key FILE --origin https://HOST`;
}
