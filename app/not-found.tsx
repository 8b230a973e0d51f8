// The 404 page for every unknown URL. Next.js 16 renders notFound() thrown by a page as an
// empty HTML shell (the text only arrives with JavaScript), so no page calls it at request time:
// unknown paths are unmatched routes and all land here, prerendered as real HTML. One page
// serves both languages; site.js shows only the URL's language when JavaScript runs.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { FilingLine } from '@/components/site/filing-line';
import { SiteScript } from '@/components/site/site-script';
import { localePath, locales } from '@/i18n/routing';
import './globals.css';

export const metadata: Metadata = {
  title: '找不到页面 | Page not found',
  robots: { index: false },
};

export default async function NotFound() {
  const messages = await Promise.all(
    locales.map(async (locale) => ({
      locale,
      t: await getTranslations({ locale, namespace: 'notFound' }),
      site: await getTranslations({ locale, namespace: 'site' }),
    })),
  );
  return (
    <html lang="zh-CN">
      <body>
        <main id="main" className="not-found">
          {messages.map(({ locale, t, site }) => (
            <section key={locale} lang={locale} data-locale={locale} className="not-found__message">
              <p className="not-found__site-name">{site('name')}</p>
              <h1>{t('title')}</h1>
              <p>{t('body')}</p>
              <p>
                <a href={localePath(locale)}>{t('home')}</a>
              </p>
            </section>
          ))}
        </main>
        <footer className="site-footer not-found__footer">
          <FilingLine />
        </footer>
        <SiteScript />
      </body>
    </html>
  );
}
