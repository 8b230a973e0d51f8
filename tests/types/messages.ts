// Type test, checked by `tsc --noEmit` in `npm run lint` and never run: the message keys are
// typed from locales/en.json (global.ts). Each `@ts-expect-error` below marks a call that must
// fail to compile; if the typing ever became inert again, the directive itself would be unused
// and tsc would fail with "Unused '@ts-expect-error' directive".
import { getTranslations } from 'next-intl/server';
import type en from '@/locales/en.json';
import type zhCN from '@/locales/zh-CN.json';

export async function messageKeys() {
  const t = await getTranslations({ locale: 'en' });
  t('document.contents');
  // @ts-expect-error a key that locales/en.json does not have
  t('document.contentz');

  const preview = await getTranslations({ locale: 'zh-CN', namespace: 'preview' });
  preview('title', { count: 1 });
  // @ts-expect-error a key of another namespace
  preview('contents');

  // @ts-expect-error a namespace that locales/en.json does not have
  await getTranslations({ locale: 'en', namespace: 'previw' });

  // @ts-expect-error a language the site does not publish
  await getTranslations({ locale: 'fr' });
}

// The Chinese catalogue has exactly the keys of the English one: a key added to one file only
// fails here, not as a raw key shown on a Chinese page.
export function sameKeys(english: typeof en, chinese: typeof zhCN) {
  const asChinese: typeof zhCN = english;
  const asEnglish: typeof en = chinese;
  return [asChinese, asEnglish];
}
