// Links to the same page in each language; the current one is marked for assistive technology.
import { localePath, locales, type Locale } from '@/i18n/routing';

type Props = { locale: Locale; path: string; names: Record<Locale, string> };

export function LanguageSwitcher({ locale, path, names }: Props) {
  return (
    <ul className="language-switcher">
      {locales.map((l) => (
        <li key={l}>
          <a
            href={localePath(l, path)}
            lang={l}
            hrefLang={l}
            aria-current={l === locale ? 'true' : undefined}
            data-keep-fragment=""
          >
            {names[l]}
          </a>
        </li>
      ))}
    </ul>
  );
}
