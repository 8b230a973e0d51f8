// Links to the same page in each language; site.js carries the current #section along.
import { localePath, locales, type Locale } from '@/i18n/routing';

type Props = { locale: Locale; path: string; names: Record<Locale, string>; label: string };

export function LanguageSwitcher({ locale, path, names, label }: Props) {
  return (
    <ul className="language-switcher" aria-label={label}>
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
