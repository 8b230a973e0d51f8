// The words of a redline in each language, read from locales/<locale>.json, for the callers that
// run outside a page (the editors' command, the site's server, the static export's script); a
// page takes the same strings through next-intl (lib/pages/redline-page.ts).
import { locales, type Locale } from '@/i18n/routing';
import en from '@/locales/en.json';
import zhCN from '@/locales/zh-CN.json';
import type { RedlineLabels } from '@/lib/versions/redline-html';

const messages: Record<Locale, { redline: RedlineLabels }> = { en, 'zh-CN': zhCN };

export const redlineLabelsOf = (locale: Locale): RedlineLabels => messages[locale].redline;

/** Every language's labels, for a check that none is missing. */
export const allRedlineLabels = () => locales.map((locale) => redlineLabelsOf(locale));
