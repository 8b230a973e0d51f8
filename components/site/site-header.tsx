// The site header of the AWS China site: home link, quick links, account menu, language
// switcher and the main navigation. Everything comes from locales/navigation.<locale>.json.
import type { Locale } from '@/i18n/routing';
import { navigation } from '@/lib/navigation';
import { CtaButton } from './cta-button';
import { Disclosure } from './disclosure';
import { LanguageSwitcher } from './language-switcher';
import { LinkList } from './link-list';
import { NavLink } from './nav-link';
import { NavMenu } from './nav-menu';
import { TextSizeControl, type TextSizeLabels } from './text-size-control';
import { Wordmark } from './wordmark';

type Props = {
  locale: Locale;
  path: string;
  regionName: string;
  languageNames: Record<Locale, string>;
  languageLabel: string;
  /** The text-size control's strings; without them the header has no control. */
  textSize?: TextSizeLabels;
};

export function SiteHeader({
  locale,
  path,
  regionName,
  languageNames,
  languageLabel,
  textSize,
}: Props) {
  const { header } = navigation(locale);
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <a className="site-header__home" href={header.home.href}>
          <Wordmark region={regionName} />
          <span className="visually-hidden">{header.home.label}</span>
        </a>
        <LinkList links={header.utility} className="site-header__utility" />
        <CtaButton link={header.cta} />
        <Disclosure id="account-menu" label={header.account.label} className="site-header__account">
          <ul>
            {header.account.links.map((link) => (
              <li key={link.href}>
                <NavLink link={link} />
              </li>
            ))}
          </ul>
        </Disclosure>
        <LanguageSwitcher locale={locale} path={path} names={languageNames} label={languageLabel} />
        {textSize && <TextSizeControl {...textSize} />}
      </div>
      <Disclosure id="site-navigation" label={header.menuButton} className="site-header__drawer">
        <nav className="site-header__nav" aria-label={header.mainLabel}>
          <ul className="site-header__nav-list">
            {header.menus.map((menu) => (
              <li key={menu.id}>
                <NavMenu menu={menu} />
              </li>
            ))}
            {header.links.map((link) => (
              <li key={link.href}>
                <a className="site-header__nav-link" href={link.href}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {/* On phones the quick links move into the menu, to keep the header short (CSS). */}
        <LinkList
          links={header.utility}
          className="site-header__utility site-header__utility--in-menu"
        />
      </Disclosure>
    </header>
  );
}
