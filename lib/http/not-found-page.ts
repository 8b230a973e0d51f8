// The 404 page in one language. Next.js renders one bilingual not-found page (app/not-found.tsx);
// a server that knows the URL's language sends the page reduced to that language, so the page
// reads right without JavaScript. Used by the server and, through it, by the export.
import type { Locale } from '@/i18n/routing';

export function notFoundPage(html: string, locale: Locale, title: string): string {
  return html
    .replace(/<html lang="[^"]*"/, `<html lang="${locale}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
    .replace(
      /<section lang="([^"]+)" data-locale="[^"]+" class="not-found__message">[\s\S]*?<\/section>/g,
      (section, lang: string) => (lang === locale ? section : ''),
    );
}
