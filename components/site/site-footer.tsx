// The site footer of the AWS China site, from locales/navigation.<locale>.json, ending with the
// legal links and the filing line.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { listDocuments } from '@/lib/content/library';
import { navigation } from '@/lib/navigation';
import { feedPath } from '@/lib/pages/page-metadata';
import { CtaButton } from './cta-button';
import { FilingLine } from './filing-line';
import { LanguageSwitcher } from './language-switcher';
import { LegalLinks } from './legal-links';
import { LinkList } from './link-list';

type Props = { locale: Locale; path: string; languageNames: Record<Locale, string> };

export async function SiteFooter({ locale, path, languageNames }: Props) {
  const { footer } = navigation(locale);
  const published = await listDocuments();
  const t = await getTranslations({ locale, namespace: 'feed' });
  return (
    <footer className="site-footer">
      <div className="site-footer__top">
        <CtaButton link={footer.cta} />
        <LinkList links={footer.social} className="site-footer__social" />
      </div>
      <div className="site-footer__columns">
        {footer.columns.map((column, index) => (
          <section key={column.heading} aria-labelledby={`footer-column-${index}`}>
            <h2 id={`footer-column-${index}`}>{column.heading}</h2>
            <LinkList links={column.links} />
          </section>
        ))}
      </div>
      <div className="site-footer__intro">
        <h2>{footer.intro.heading}</h2>
        <p>{footer.intro.text}</p>
        <p>
          <a href={footer.intro.link.href}>{footer.intro.link.label}</a>
        </p>
      </div>
      <div className="site-footer__bottom">
        <LanguageSwitcher
          locale={locale}
          path={path}
          names={languageNames}
          label={footer.languageHeading}
        />
        <a className="site-footer__operator" href={footer.operator.href}>
          {footer.operator.label}
        </a>
        <LegalLinks
          locale={locale}
          legal={footer.legal}
          published={published}
          feed={{ label: t('link'), href: feedPath(locale) }}
        />
        <FilingLine />
      </div>
    </footer>
  );
}
