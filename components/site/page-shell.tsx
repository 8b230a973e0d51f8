// The frame of every page: skip link, site header, main content and site footer (site.js is in
// the layout's head).
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { ContentProblems } from '../preview/content-problems';
import { ContentReload } from '../preview/content-reload';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

type Props = {
  locale: Locale;
  /** Path of this page without language prefix ('' for the hub), for the language links. */
  path: string;
  children: ReactNode;
};

export async function PageShell({ locale, path, children }: Props) {
  const t = await getTranslations({ locale, namespace: 'site' });
  const en = await getTranslations({ locale: 'en', namespace: 'site' });
  const zh = await getTranslations({ locale: 'zh-CN', namespace: 'site' });
  const languageNames = { en: en('languageName'), 'zh-CN': zh('languageName') };
  return (
    <>
      <a className="page-shell__skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <ContentProblems locale={locale} path={path} />
      <SiteHeader
        locale={locale}
        path={path}
        regionName={t('region')}
        languageNames={languageNames}
        languageLabel={t('language')}
        textSize={{
          label: t('textSize.label'),
          names: {
            standard: t('textSize.standard'),
            large: t('textSize.large'),
            largest: t('textSize.largest'),
          },
        }}
      />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter locale={locale} path={path} languageNames={languageNames} />
      <ContentReload />
    </>
  );
}
