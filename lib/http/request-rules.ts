// What the site answers from the request line alone, before any page is looked up: the methods it
// accepts, the request-target forms, overlong and undecodable URLs, framework paths the site never
// serves, and the site's redirects. Pure, so every rule is tested without a server; the server in
// lib/http/site-server.ts applies it to every request.
import { defaultLocale, type Locale } from '@/i18n/routing';

/** Longest request target answered with a page or a redirect; past it, 414. */
export const MAX_TARGET_LENGTH = 2048;
export const ALLOWED_METHODS = 'GET, HEAD';

export type RequestDecision =
  | { kind: 'refuse'; status: 400 | 405 | 414 }
  | { kind: 'redirect'; location: string; status?: 303 }
  | { kind: 'not-found'; locale: Locale }
  | { kind: 'serve'; path: string; locale: Locale };

const FILE = /\/[^/]*\.[A-Za-z0-9]+$/;
/** A document's compare page, whose form asks for two versions by date in the query. */
const COMPARE_PAGE = /^((?:\/en)?\/[a-z0-9]+(?:-[a-z0-9]+)*)\/compare\/$/;
const CHOICE = /^\?version=(?<v>\d{4}-\d{2}-\d{2})&since=(?<s>\d{4}-\d{2}-\d{2})$/;
const CHOICE_SWAPPED = /^\?since=(?<s>\d{4}-\d{2}-\d{2})&version=(?<v>\d{4}-\d{2}-\d{2})$/;
/** A file's address with a slash after it, as in /feed.xml/: no page has a dot in its name. */
const FILE_SLASHED = /\/[^/]*\.[A-Za-z0-9]+\/$/;
const DEFAULT_PREFIX = new RegExp(`^/${defaultLocale}(?=/|$)`, 'i');
/** `http://host` or `https://host:port` at the start of an absolute-form target. */
const ABSOLUTE_FORM = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/;
/** Bytes that may stand in a URL path or query as they are; everything else is percent-encoded. */
const UNSAFE = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/%?]/g;
/** The framework's build assets that a page links to: stylesheets, fonts and images. */
const SERVED_ASSET =
  /^\/_next\/static\/(?:chunks|css|media)\/[A-Za-z0-9._~-]+\.(?:css|woff2?|png|svg|jpg|webp|avif|ico)$/;

/**
 * The target as it may be copied into a header: every byte outside the characters a URL may
 * carry as they are (control characters, spaces, quotes, backslashes, bytes over 0x7F) written as
 * %XX. Node gives the request line as one character per byte, so this is exact.
 */
export function encodeTarget(target: string): string {
  return target.replace(
    UNSAFE,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** The language whose 404 page a path gets: English under /en/ (or /en\), Chinese elsewhere. */
export function localeOfPath(path: string): Locale {
  return /^\/en(?:\/|%5C|$)/i.test(path) ? 'en' : defaultLocale;
}

/**
 * Whether a path is one a page could have: every escape encodes a byte, the bytes are UTF-8, and
 * neither the path nor its decoded form has a control character, a backslash (browsers send it
 * as a slash) or a dot segment (browsers resolve them). Next.js answers some of these with a 500.
 */
function isPlainPath(path: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  return ![path, decoded].some((p) => /[\u0000-\u001f\u007f\\]|\/\.\.?(?:\/|$)/.test(p));
}

/**
 * Framework paths the site does not use: the image optimizer, data routes, error pages reachable
 * by URL (/_global-error, /_not-found), build manifests and scripts (no page loads framework
 * JavaScript). Any segment starting with "_" is one, except the assets pages link to.
 */
function isInternal(path: string): boolean {
  if (path.startsWith('/_next/static/')) return !SERVED_ASSET.test(path);
  // Also the React Server Components payloads of pages (/en/privacy.rsc, ….segments/…).
  return /(?:^|\/)_|\.rsc$|\.segments(?:\/|$)/.test(path);
}

/**
 * The site's clean-up of a path, done in one hop: escapes of letters, digits and "-._~" are
 * written as the characters (RFC 3986, 6.2.2.2), runs of slashes become one slash, `/zh-CN/...` loses its prefix (Chinese lives at the root), a page gets its final slash
 * and a file loses one (/feed.xml/ → /feed.xml).
 */
export function canonicalPath(path: string): string {
  let target =
    path
      .replace(/%(?:[46][1-9A-F]|[57][0-9A]|3[0-9]|2D|2E|5F|7E)/gi, (e) =>
        String.fromCharCode(parseInt(e.slice(1), 16)),
      )
      .replace(/\/{2,}/g, '/')
      .replace(DEFAULT_PREFIX, '') || '/';
  if (FILE_SLASHED.test(target)) {
    target = target.slice(0, -1);
  } else if (!target.endsWith('/') && !FILE.test(target)) {
    target += '/';
  }
  return target;
}

/**
 * The comparison the compare page's form asks for: a query of exactly the two dates, as a browser
 * sends the form (`?version=…&since=…`, either order), redirected with 303 so it works without
 * JavaScript. The address is built from the two dates alone; whether both versions exist is the
 * comparison's to say (404). nginx reads the query with the same pattern (lib/host/nginx/maps.ts).
 */
function chosenComparison(path: string, search: string): string | undefined {
  const page = COMPARE_PAGE.exec(path);
  const query = CHOICE.exec(search) ?? CHOICE_SWAPPED.exec(search);
  if (!page || !query?.groups) return undefined;
  return `${page[1]}/${query.groups.v}/changes/${query.groups.s}/`;
}

/**
 * What to do with a request, from its method and its request target (`req.url` as Node gives
 * it: origin form `/path?query`, absolute form `http://host/path`, or asterisk form `*`):
 * - any method but GET and HEAD: 405, on every path;
 * - a target over MAX_TARGET_LENGTH once encoded: 414; not a path: 400;
 * - dot segments, undecodable escapes, encoded control characters: the 404 page;
 * - a path that is not in its canonical form: 308 to it, relative, with the query kept, built
 *   from the encoded target, so no decoded byte and no other host reaches `Location`;
 * - the compare page's form, two versions chosen: 303 to their comparison;
 * - framework internals: the 404 page; everything else is served.
 */
export function decide(method: string, rawTarget: string): RequestDecision {
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'refuse', status: 405 };
  // An absolute-form target names a host: the site has one, so only the path counts.
  const target = encodeTarget(rawTarget.replace(ABSOLUTE_FORM, '') || '/');
  if (target.length > MAX_TARGET_LENGTH) return { kind: 'refuse', status: 414 };
  if (!target.startsWith('/')) return { kind: 'refuse', status: 400 };
  const queryAt = target.indexOf('?');
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  const search = queryAt === -1 ? '' : target.slice(queryAt);
  const locale = localeOfPath(path.replace(DEFAULT_PREFIX, ''));

  if (!isPlainPath(path)) {
    return { kind: 'not-found', locale };
  }
  const canonical = canonicalPath(path);
  if (isInternal(canonical)) return { kind: 'not-found', locale };
  if (canonical !== path) return { kind: 'redirect', location: canonical + search };
  const chosen = chosenComparison(path, search);
  if (chosen) return { kind: 'redirect', location: chosen, status: 303 };
  return { kind: 'serve', path, locale };
}
