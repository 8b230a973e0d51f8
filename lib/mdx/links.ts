// How links written in documents are read: `/privacy/#cookies` is a page of this site written
// without a language, `#cookies` a section of the same page, anything else leaves the site.
import { defaultLocale, locales, localePath, type Locale } from '@/i18n/routing';

export type LinkTarget =
  | { kind: 'section'; fragment: string }
  | { kind: 'page'; path: string; query: string; fragment: string | undefined }
  | { kind: 'external' };

/** Splits a link into what it points to; does not decide whether the target exists. */
export function linkTarget(href: string): LinkTarget {
  if (href.startsWith('#')) return { kind: 'section', fragment: href.slice(1) };
  if (!href.startsWith('/') || href.startsWith('//')) return { kind: 'external' };
  const hashAt = href.indexOf('#');
  const beforeHash = hashAt === -1 ? href : href.slice(0, hashAt);
  const fragment = hashAt === -1 ? undefined : href.slice(hashAt + 1);
  const queryAt = beforeHash.indexOf('?');
  return {
    kind: 'page',
    path: queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt),
    query: queryAt === -1 ? '' : beforeHash.slice(queryAt),
    fragment,
  };
}

/** The language a path names in its first segment (`/en/terms/` → en), if any. */
export function languagePrefix(path: string): string | undefined {
  const first = path.split('/')[1] ?? '';
  return locales.find((l) => l.toLowerCase() === first.toLowerCase());
}

/**
 * Rewrites a document's internal link for the language being rendered: `/terms/#changes` stays
 * as it is on a Chinese page and becomes `/en/terms/#changes` on an English one.
 */
export function localizeHref(href: string, locale: Locale): string {
  const target = linkTarget(href);
  if (target.kind !== 'page' || locale === defaultLocale || languagePrefix(target.path)) {
    return href;
  }
  const hash = target.fragment === undefined ? '' : `#${target.fragment}`;
  return `${localePath(locale, target.path)}${target.query}${hash}`;
}
