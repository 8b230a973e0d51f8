// Both language texts of a document side by side, one row per section (they share section ids),
// stacked on narrow screens. The page's own language comes first and keeps the plain ids, so
// /privacy/bilingual/#cookies lands on its row; the other text's ids get a language prefix.
import { getTranslations } from 'next-intl/server';
import type { LoadedDocument } from '@/lib/content/library';
import { splitSections } from '@/lib/pages/split-sections';
import { BackToContents } from '../document/back-to-contents';
import { mdxComponents } from '../document/mdx-components';

type Props = {
  /** The page's language first. */
  documents: readonly [LoadedDocument, LoadedDocument];
};

export async function BilingualDocument({ documents }: Props) {
  const [own] = documents;
  const texts = await Promise.all(
    documents.map(async (document, index) => {
      const t = await getTranslations({ locale: document.locale, namespace: 'document' });
      const components = mdxComponents({
        locale: document.locale,
        legacyAnchors: index === 0 ? (document.frontmatter.legacyAnchors ?? {}) : {},
        sectionLinkLabel: (title) => t('sectionLink', { title }),
        idPrefix: index === 0 ? '' : `${document.locale}.`,
      });
      const parts = splitSections(document.Content, components);
      return { locale: document.locale, parts: new Map(parts.map((p) => [p.id, p.nodes])) };
    }),
  );
  const ids = [...new Set(texts.flatMap((text) => [...text.parts.keys()]))];
  const t = await getTranslations({ locale: own.locale, namespace: 'document' });
  return (
    <div className="legal-document__body bilingual-document">
      {ids.map((id) => (
        <div className="bilingual-document__row" key={id || 'introduction'}>
          {texts.map(({ locale, parts }) => (
            <div className="bilingual-document__column" lang={locale} key={locale}>
              {parts.get(id)}
            </div>
          ))}
          {id && own.toc.length > 0 && <BackToContents label={t('backToContents')} />}
        </div>
      ))}
    </div>
  );
}
