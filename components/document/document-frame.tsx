// The frame of a page that shows a document's text: its title, publication and effective dates,
// the links to its other views, the notices, the contents list and then the text. The document
// page, a version's page and the bilingual view share it (legal-document.css).
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import type { TocEntry } from '@/lib/mdx/rehype-toc';
import type { NavigationLink } from '@/lib/navigation';
import { DocumentDates } from './document-dates';
import { LinkList } from '../site/link-list';
import { TableOfContents } from './table-of-contents';

type Props = {
  locale: Locale;
  /** A variant of the frame, as a class beside legal-document (legal-document--bilingual). */
  variant?: string;
  /** The content of the h1. */
  title: ReactNode;
  published: string;
  /** None when the date is the one the text itself states (DocumentDates). */
  effective: string | undefined;
  /** Shown instead of the version's dates (an earlier publication gives the days it was published). */
  dates?: ReactNode;
  /** The document's other pages (history, bilingual view), shown under the dates. */
  related: readonly NavigationLink[];
  /** The end of the header, after the links (the PDF link). */
  headerEnd?: ReactNode;
  /** The notices before the contents list (translation label, version status). */
  notices: ReactNode;
  contents: { entries: readonly TocEntry[]; title: string };
  /** The text itself. */
  children: ReactNode;
};

export function DocumentFrame(props: Props) {
  const { locale, variant, title, related, contents } = props;
  return (
    <article className={variant ? `legal-document ${variant}` : 'legal-document'}>
      <header className="legal-document__header">
        <h1>{title}</h1>
        {props.dates ?? (
          <DocumentDates
            locale={locale}
            published={props.published}
            effective={props.effective}
            withText
          />
        )}
        {related.length > 0 && <LinkList links={related} className="legal-document__related" row />}
        {props.headerEnd}
      </header>
      <div className="legal-document__notices">{props.notices}</div>
      <TableOfContents entries={contents.entries} title={contents.title} />
      {props.children}
    </article>
  );
}
