// Opens a text that does not prevail: says it is a translation for reference, which text prevails
// (with a link to it), and when the translation was revised since its version was published.
// It is drawn from prevailingLanguage and translationRevisions, so no page can forget it.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Frontmatter } from '@/lib/mdx/frontmatter';
import { versionPaths } from '@/lib/versions/version-paths';
import { TranslationRevisions } from './translation-revisions';

type Props = {
  locale: Locale;
  slug: string;
  frontmatter: Pick<Frontmatter, 'prevailingLanguage' | 'translationRevisions'>;
  /** The version shown, when the page is a version's own page; else the text in force. */
  version?: string;
  /** Leave out the link to the prevailing text (the bilingual view shows it beside). */
  linkPrevailing?: boolean;
  /** Where the prevailing text is, when it is not the version's (an earlier publication's). */
  prevailingHref?: string;
};

export async function TranslationNotice({
  locale,
  slug,
  frontmatter,
  version,
  linkPrevailing = true,
  prevailingHref,
}: Props) {
  const { prevailingLanguage, translationRevisions = [] } = frontmatter;
  if (locale === prevailingLanguage) return null;
  const t = await getTranslations({ locale, namespace: 'versions' });
  const own = t(`languages.${locale}`);
  const prevailing = t(`languages.${prevailingLanguage}`);
  const paths = versionPaths(prevailingLanguage, slug);
  return (
    <div className="translation-notice" lang={locale}>
      <p className="translation-notice__label">
        {t('translationLabel', { own, prevailing })}
        {linkPrevailing && (
          <>
            {locale === 'en' ? ' ' : ''}
            <a
              href={prevailingHref ?? (version ? paths.version(version) : paths.current)}
              hrefLang={prevailingLanguage}
            >
              {t('readPrevailing', { prevailing })}
            </a>
          </>
        )}
      </p>
      <TranslationRevisions locale={locale} translation={locale} revisions={translationRevisions} />
    </div>
  );
}
