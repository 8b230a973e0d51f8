// The frame of every page: skip link, site header, main content and site footer.
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { localePath, type Locale } from '@/i18n/routing';
import { LanguageSwitcher } from './language-switcher';

type Props = {
  locale: Locale;
  /** Path of this page without language prefix ('' for the hub), for the language switcher. */
  path: string;
  children: ReactNode;
};

export async function PageShell({ locale, path, children }: Props) {
  const t = await getTranslations({ locale, namespace: 'site' });
  const en = await getTranslations({ locale: 'en', namespace: 'site' });
  const zh = await getTranslations({ locale: 'zh-CN', namespace: 'site' });
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <a className="site-name" href={localePath(locale)}>
          {t('name')}
        </a>
        <LanguageSwitcher
          locale={locale}
          path={path}
          names={{ en: en('languageName'), 'zh-CN': zh('languageName') }}
        />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
