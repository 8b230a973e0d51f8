// @ts-check
// How long browsers and shared caches (a CDN in front of the site) may keep each kind of
// response, written once: the `npm start` server and the generated nginx configuration both
// send these values, and the tests check every response against `cacheControlFor`.
//
// A legal text changes: a superseded privacy policy must not stay in a CDN for long after a new
// version is published. So pages, feeds, the sitemap and the unfingerprinted files are kept by a
// shared cache for minutes and revalidated by ETag; only the build's fingerprinted assets, whose
// URL changes with their content, are kept for a year.

/** Seconds a shared cache may serve a page, feed or file without asking the origin again. */
export const SHARED_MAX_AGE = 300;
/** Seconds a shared cache may keep serving its copy while the origin answers with errors. */
export const STALE_IF_ERROR = 86400;

export const cachePolicy = /** @type {const} */ ({
  /** /_next/static/…: the file name carries a hash of the content. */
  immutable: 'public, max-age=31536000, immutable',
  /**
   * Pages, feeds, sitemap, robots.txt, icons, site.js: a browser revalidates every time (ETag,
   * 304); a shared cache keeps its copy for SHARED_MAX_AGE and, if the origin fails, serves it
   * for up to STALE_IF_ERROR more. The versions' PDFs too, on purpose: their URLs are lasting,
   * but a revision of a translation redraws the PDF at the same URL, so it is not immutable.
   */
  document: `public, max-age=0, s-maxage=${SHARED_MAX_AGE}, stale-if-error=${STALE_IF_ERROR}`,
  /** The 404 page: a page published later must not stay hidden behind a cached 404. */
  notFound: 'public, max-age=0, s-maxage=60',
  /** The site's redirects (to the slashed URL, /zh-CN/… to the root): stable, kept briefly. */
  redirect: `public, max-age=${SHARED_MAX_AGE}`,
  /** Answers about the request itself (400, 405, 414, 416, 431): never stored. */
  refused: 'no-store',
});

/** Fingerprinted build assets live here, and nothing else does. */
export const IMMUTABLE_PREFIX = '/_next/static/';

/**
 * The Cache-Control of a response with this status for this URL path.
 * @param {number} status
 * @param {string} pathname
 * @returns {string}
 */
export function cacheControlFor(status, pathname) {
  if ((status >= 200 && status < 300) || status === 304) {
    return pathname.startsWith(IMMUTABLE_PREFIX) ? cachePolicy.immutable : cachePolicy.document;
  }
  if (status === 301 || status === 308) return cachePolicy.redirect;
  if (status === 404) return cachePolicy.notFound;
  return cachePolicy.refused;
}
