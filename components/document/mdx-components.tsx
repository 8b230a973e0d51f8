// The one place that maps MDX elements to the site's components.
import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import type { Locale } from '@/i18n/routing';
import type { DocumentComponentName } from '@/lib/mdx/document-components';
import { localizeHref } from '@/lib/mdx/links';
import { DocumentSection } from './document-section';
import { KeyClause } from './key-clause';
import { SectionHeading } from './section-heading';

type Options = {
  /** The language being rendered: links such as /terms/ are written without one. */
  locale: Locale;
  /** Section id → old fragments that should land on that section. */
  legacyAnchors: Readonly<Record<string, readonly string[]>>;
  /** Accessible name of a heading's self-link, given the heading's text. */
  sectionLinkLabel: (title: string) => string;
  /** Text of the link that ends each section; none when the page has no contents list. */
  backToContents?: string;
  /** Put before every heading id, so a second text on the same page keeps its ids unique. */
  idPrefix?: string;
};

/** Every component an editor may write (lib/mdx/document-components.ts), by its MDX name. */
const documentParts: Record<DocumentComponentName, MDXComponents[string]> = { Key: KeyClause };

function textOf(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (node && typeof node === 'object' && 'props' in node) {
    return textOf((node as { props: { children?: unknown } }).props.children);
  }
  return '';
}

export function mdxComponents({
  locale,
  legacyAnchors,
  sectionLinkLabel,
  backToContents,
  idPrefix = '',
}: Options): MDXComponents {
  const heading = (level: 2 | 3 | 4) =>
    function DocumentHeading({ id, children }: ComponentProps<'h2'>) {
      return (
        <SectionHeading
          level={level}
          id={id && idPrefix + id}
          legacyIds={(id && legacyAnchors[id]) || []}
          linkLabel={sectionLinkLabel(textOf(children))}
        >
          {children}
        </SectionHeading>
      );
    };
  function DocumentLink({ href, ...rest }: ComponentProps<'a'>) {
    return <a href={href && localizeHref(href, locale)} {...rest} />;
  }
  function Section({ children }: ComponentProps<'section'>) {
    return <DocumentSection backLabel={backToContents}>{children}</DocumentSection>;
  }
  return {
    ...documentParts,
    h2: heading(2),
    h3: heading(3),
    h4: heading(4),
    a: DocumentLink,
    section: Section,
  };
}
