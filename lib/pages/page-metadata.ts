// What search engines and link previews read in a page's head: canonical URL, language
// alternates, Open Graph and Twitter tags, and the JSON-LD description. Every URL is absolute
// and built from SITE_URL, never from the request.
import type { Metadata } from 'next';
import { defaultLocale, localePath, locales, type Locale } from '@/i18n/routing';
import { absoluteUrl, siteUrl } from '@/lib/site-config';

const OPEN_GRAPH_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh_CN', en: 'en_US' };

/** The picture link previews show (rendered by `npm run icons`). */
export const shareImage = { url: '/share.png', width: 1200, height: 630 } as const;

/** Every language version of a page, plus x-default (the Chinese page), as absolute URLs. */
export function languageAlternates(slug: string): Record<Locale | 'x-default', string> {
  const urls = Object.fromEntries(locales.map((l) => [l, absoluteUrl(localePath(l, slug))]));
  return {
    ...(urls as Record<Locale, string>),
    'x-default': absoluteUrl(localePath(defaultLocale, slug)),
  };
}

/** What a page's head is made from. */
export type PageHead = {
  locale: Locale;
  /** The page's path without language ('privacy', 'privacy/history'), or '' for the hub. */
  slug: string;
  title: string;
  description: string;
  siteName: string;
  /** Title of the language's updates feed, linked from every page's head. */
  feedTitle: string;
  /** The page this one duplicates, if any (a version in force duplicates the document). */
  canonicalSlug?: string;
  /** Kept out of search results: a text the site replaced, kept only to be read and checked. */
  noindex?: boolean;
};

/** The Atom feed of a language: /feed.xml, /en/feed.xml. */
export function feedPath(locale: Locale): string {
  return `${localePath(locale)}feed.xml`;
}

export function pageMetadata(page: PageHead): Metadata {
  const { locale, slug, title, description, siteName, feedTitle } = page;
  const url = absoluteUrl(localePath(locale, slug));
  const canonical = absoluteUrl(localePath(locale, page.canonicalSlug ?? slug));
  const image = { ...shareImage, alt: siteName };
  return {
    // Absolute, because Next.js applies a layout's title template to child segments only, and
    // the hub is the layout's own page.
    title: { absolute: pageTitle(title, siteName) },
    description,
    alternates: {
      canonical,
      languages: languageAlternates(page.canonicalSlug ?? slug),
      types: { 'application/atom+xml': [{ url: absoluteUrl(feedPath(locale)), title: feedTitle }] },
    },
    openGraph: {
      type: 'website',
      url,
      title,
      description,
      siteName,
      locale: OPEN_GRAPH_LOCALE[locale],
      alternateLocale: locales.filter((l) => l !== locale).map((l) => OPEN_GRAPH_LOCALE[l]),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
    ...(page.noindex && { robots: { index: false, follow: true } }),
  };
}

/** The title template of every page: the page's own title, then the site's name. */
export function pageTitle(title: string, siteName: string): string {
  return `${title} | ${siteName}`;
}

/** Metadata shared by every page of a language: the origin that relative URLs resolve against. */
export function layoutMetadata(siteName: string): Metadata {
  return { metadataBase: new URL(siteUrl), title: siteName, applicationName: siteName };
}

export type Publisher = {
  name: string;
  streetAddress: string;
  addressLocality: string;
  postalCode: string;
  addressCountry: string;
};

/** The dates of the version a page shows: published, in effect from, and replaced on. */
export type VersionDates = { published: string; effective?: string; until?: string };

/**
 * schema.org description of a page: a WebPage (or the hub's CollectionPage) and its publisher.
 * A page showing a version of a document also carries its two dates. schema.org has no
 * "effective date" for a CreativeWork (validFrom belongs to offers and permits, and Legislation's
 * fields to laws), so the day it applies from is `temporalCoverage`, "the period that the content
 * applies to", written as the ISO 8601 interval schema.org documents: "2027-01-01/.." while in
 * force (open end), "2017-03-09/2027-01-01" once a later version replaced it. The publication
 * date is `datePublished`; `dateModified` stays the date of the version's text.
 */
export function pageJsonLd(
  page: PageHead & {
    type: 'WebPage' | 'CollectionPage';
    dateModified: string;
    publisher: Publisher;
    version?: VersionDates;
  },
) {
  const url = absoluteUrl(localePath(page.locale, page.slug));
  const { name, ...address } = page.publisher;
  const { version } = page;
  return {
    '@context': 'https://schema.org',
    '@type': page.type,
    '@id': url,
    url,
    name: page.title,
    description: page.description,
    inLanguage: page.locale,
    dateModified: page.dateModified,
    // A text dated by its source states when it was last updated, no more: dateModified alone.
    ...(version?.effective && {
      datePublished: version.published,
      temporalCoverage: `${version.effective}/${version.until ?? '..'}`,
    }),
    isPartOf: {
      '@type': 'WebSite',
      name: page.siteName,
      url: absoluteUrl(localePath(page.locale)),
    },
    publisher: {
      '@type': 'Organization',
      name,
      url: siteUrl,
      address: { '@type': 'PostalAddress', ...address },
    },
  };
}
