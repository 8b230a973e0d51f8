// Types next-intl's messages and locales, so a missing message key fails `tsc`.
import type messages from './locales/en.json';
import type { Locale } from './i18n/routing';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
