// What an operator asks of the site's nginx configuration: which servers it has (plain HTTP, or
// HTTPS with a server that only redirects to it), read from the environment of `npm run export`,
// `npm run release` and `npm run nginx:config`, and said back in one line.
import { describeHttp2, nginxVersion } from '@/lib/host/nginx/version';

/** The Cache-Control of a response with this status for this path (lib/http/cache-policy.mjs). */
export type CacheControlFor = (status: number, pathname: string) => string;

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
  /**
   * The version of the nginx that will read the configuration, which decides how the HTTPS
   * server turns HTTP/2 on; by default NGINX_VERSION, else `nginx -v` on this machine.
   */
  nginxVersion?: string;
  brotli?: boolean;
  /**
   * The cache policy; the shipped one unless a test injects other lifetimes (the CDN edge test
   * cannot wait the shipped s-maxage of 300 s for every step).
   */
  cacheControlFor?: CacheControlFor;
};

/** The variables that give the generated configuration its HTTPS server (all three, or none). */
export const TLS_VARIABLES = ['TLS_CERTIFICATE', 'TLS_CERTIFICATE_KEY', 'SITE_ORIGIN'] as const;

/**
 * The listen lines and TLS of the site's configuration from the environment, as `npm run
 * export`, `npm run release` and `npm run nginx:config` read it: a plain-HTTP server on
 * NGINX_LISTEN (default 8080) without the TLS variables; with all three, an HTTPS server on
 * TLS_LISTEN (443) and one on REDIRECT_LISTEN (80) that only redirects to it, written for the
 * nginx NGINX_VERSION names, else the one on this machine. Throws when only some of them are
 * set, or SITE_ORIGIN is not an https:// origin.
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
    nginxVersion: nginxVersion(undefined, env),
  };
}

/**
 * One line for the operator: which servers a configuration has, how its HTTPS server turns
 * HTTP/2 on (for which nginx), and how to add HTTPS.
 */
export function describeServers(options: Omit<ServerOptions, 'root' | 'includeDir'>): string {
  if (options.tls) {
    return `HTTPS on ${options.tls.listen} (certificate ${options.tls.certificate}), and HTTP on ${options.tls.redirectListen ?? 'no port'} redirecting to ${options.tls.origin}; ${describeHttp2(options.nginxVersion)}`;
  }
  return `plain HTTP on ${options.listen} only, no HTTPS server (for an origin behind a CDN that terminates TLS); for HTTPS run npm run nginx:config -- --certificate FILE --key FILE --origin https://HOST`;
}
