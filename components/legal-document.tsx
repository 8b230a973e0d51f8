// A legal document page: title, last-updated date, generated contents list and the text.
import { getTranslations } from 'next-intl/server';
import type { LoadedDocument } from '@/lib/content/library';
import { LastUpdated } from './last-updated';
import { mdxComponents } from './mdx-components';
import { TableOfContents } from './table-of-contents';

type Props = { document: LoadedDocument };

export async function LegalDocument({ document }: Props) {
  const { locale, frontmatter, toc, Content } = document;
  const t = await getTranslations({ locale, namespace: 'document' });
  const components = mdxComponents({
    locale,
    legacyAnchors: frontmatter.legacyAnchors ?? {},
    sectionLinkLabel: (title) => t('sectionLink', { title }),
    backToContents: toc.length > 0 ? t('backToContents') : undefined,
  });
  return (
    <article className="legal-document">
      <header className="document-header">
        <h1>{frontmatter.title}</h1>
        <LastUpdated locale={locale} date={frontmatter.lastUpdated} />
      </header>
      <TableOfContents entries={toc} title={t('contents')} />
      <div className="document-body">
        <Content components={components} />
      </div>
    </article>
  );
}
