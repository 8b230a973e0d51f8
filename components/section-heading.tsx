// A document heading with a self-link for copying a deep link, and the invisible anchors that
// keep links made for earlier versions of the page (e.g. #What%20About%20Cookies) working.
import type { ReactNode } from 'react';

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
        <span key={legacy} id={legacy} className="legacy-anchor" />
      ))}
      {children}
      {id && (
        <a className="heading-link" href={`#${id}`} aria-label={linkLabel}>
          #
        </a>
      )}
    </Tag>
  );
}
