// A boxed message at the top of a page (an update, or that a version is not the one in force),
// followed by its links. Plain text and links, so it reads the same in print and without colour.
import type { ReactNode } from 'react';
import type { NavigationLink } from '@/lib/navigation';
import { LinkList } from '../site/link-list';

type Props = { children: ReactNode; links: readonly NavigationLink[] };

export function Notice({ children, links }: Props) {
  return (
    <div className="notice">
      <p>{children}</p>
      {links.length > 0 && <LinkList links={links} className="notice__links" row />}
    </div>
  );
}
