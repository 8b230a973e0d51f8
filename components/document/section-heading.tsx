// A document heading with a self-link for copying a deep link, and the invisible anchors that
// keep links made for earlier versions of the page (e.g. #What%20About%20Cookies) working; their
// ids are spelled as the URL parser serializes the fragment (lib/mdx/legacy-anchor.ts).
import type { ReactNode } from 'react';
import { legacyAnchorId } from '@/lib/mdx/legacy-anchor';

type Props = {
  level: 2 | 3 | 4;
  id?: string;
  legacyIds: readonly string[];
  linkLabel: string;
  children: ReactNode;
};

export function SectionHeading({ level, id, legacyIds, linkLabel, children }: Props) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className="section-heading">
      {legacyIds.map((legacy) => (
        <span key={legacy} id={legacyAnchorId(legacy)} className="section-heading__legacy-anchor" />
      ))}
      {children}
      {id && (
        <a className="section-heading__link" href={`#${id}`} aria-label={linkLabel}>
          #
        </a>
      )}
    </Tag>
  );
}
