// Types next-intl's messages and locales, so a message key missing from locales/en.json fails
// `tsc` (tests/types/messages.ts proves it). This is a .ts file, as next-intl documents: in a
// .d.ts, `skipLibCheck` hides every error, including an augmentation that never applies.
//
// TypeScript augments only a module the program already holds, and no page imports the package
// root (they use next-intl/server), so this file imports it itself; without that import the
// augmentation fails with "module 'next-intl' cannot be found" and every key is accepted.
import type {} from 'next-intl';
import type messages from './locales/en.json';
import type { Locale } from './i18n/routing';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
