// The site's languages and how each maps to URLs: Chinese at the root, English under /en/.
export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The other language, for the language switcher. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh-CN' : 'en';
}

/**
 * The public path of a page: `localePath('en', 'privacy')` is `/en/privacy/`,
 * `localePath('zh-CN', 'privacy')` is `/privacy/`. Paths always end in a slash.
 */
export function localePath(locale: Locale, path = ''): string {
  const prefix = locale === defaultLocale ? '' : `/${locale}`;
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed ? `${prefix}/${trimmed}/` : `${prefix}/`;
}
