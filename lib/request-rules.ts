// What the site answers before any page is looked up: the methods it accepts and the URLs it
// redirects. Pure, so it is tested without a server; proxy.ts applies it to every request, so
// these answers carry the same security headers as pages (next.config.mjs).
import { defaultLocale } from '@/i18n/routing';

export type EarlyAnswer = { status: 405; allow: string } | { status: 308; location: string };

const FILE = /\/[^/]*\.[A-Za-z0-9]+$/;
/** A file's address with a slash after it, as in /feed.xml/: no page has a dot in its name. */
const FILE_SLASHED = /\/[^/]*\.[A-Za-z0-9]+\/$/;
const DEFAULT_PREFIX = new RegExp(`^/${defaultLocale}(?=/|$)`, 'i');

/**
 * The answer for a request that must not reach a page, or null to go on:
 * - any method but GET and HEAD: 405 (Next.js would send a page's HTML to a POST);
 * - `/zh-CN/...`: 308 to the same page without the prefix, since Chinese lives at the root;
 * - a page path without its final slash: 308 to the slashed URL;
 * - a file path with a final slash (/feed.xml/): 308 to the file.
 * Both redirects are done in one hop and keep the query string.
 */
export function earlyAnswer(method: string, pathname: string, search: string): EarlyAnswer | null {
  if (method !== 'GET' && method !== 'HEAD') return { status: 405, allow: 'GET, HEAD' };
  let target = pathname.replace(DEFAULT_PREFIX, '') || '/';
  if (FILE_SLASHED.test(target)) {
    target = target.slice(0, -1);
  } else if (!target.endsWith('/') && !target.startsWith('/_next/') && !FILE.test(target)) {
    target += '/';
  }
  return target === pathname ? null : { status: 308, location: target + search };
}
