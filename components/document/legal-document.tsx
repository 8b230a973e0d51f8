// A legal document page in its frame (document-frame.tsx): title, dates, links to its other views
// and its PDF, the notice that a text which does not prevail is a translation, an optional notice,
// the contents list and the text.
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { statedEffective } from '@/lib/mdx/frontmatter';
import type { LoadedDocument } from '@/lib/content/library';
import type { NavigationLink } from '@/lib/navigation';
import { DocumentFrame } from './document-frame';
import { mdxComponents } from './mdx-components';
import { PdfLink } from './pdf-link';
import { TranslationNotice } from './translation-notice';

type Props = {
  document: LoadedDocument;
  /** The document's other pages (history, bilingual view), shown under the date. */
  related?: readonly NavigationLink[];
  /** Shown before the contents list: a recent change, or which version this is. */
  notice?: ReactNode;
  /** The date of the version shown, on a version's own page. */
  version?: string;
  /**
   * For an earlier publication of the version (its own page): where its PDF and its prevailing
   * text are, and the days the site published it, shown instead of the version's dates.
   */
  kept?: { pdfHref: string; prevailingHref: string; dates: ReactNode };
};

export async function LegalDocument({ document, related = [], notice, version, kept }: Props) {
  const { locale, slug, frontmatter, toc, Content } = document;
  const t = await getTranslations({ locale, namespace: 'document' });
  const components = mdxComponents({
    locale,
    legacyAnchors: frontmatter.legacyAnchors ?? {},
    sectionLinkLabel: (title) => t('sectionLink', { title }),
    backToContents: toc.length > 0 ? t('backToContents') : undefined,
  });
  return (
    <DocumentFrame
      locale={locale}
      title={frontmatter.title}
      published={frontmatter.lastUpdated}
      effective={statedEffective(frontmatter)}
      dates={kept?.dates}
      related={related}
      // The PDF of the version shown: the one in force on the document's own page.
      headerEnd={
        <PdfLink
          locale={locale}
          slug={slug}
          date={version ?? frontmatter.lastUpdated}
          href={kept?.pdfHref}
        />
      }
      notices={
        <>
          <TranslationNotice
            locale={locale}
            slug={slug}
            frontmatter={frontmatter}
            version={version}
            prevailingHref={kept?.prevailingHref}
          />
          {notice}
        </>
      }
      contents={{ entries: toc, title: t('contents') }}
    >
      <div className="legal-document__body">
        <Content components={components} />
      </div>
    </DocumentFrame>
  );
}
