// A plain list of links, as in the header's quick links and the footer's columns.
import type { NavLink } from '@/lib/navigation';

type Props = { links: readonly NavLink[]; className?: string };

export function LinkList({ links, className }: Props) {
  return (
    <ul className={className}>
      {links.map((link) => (
        <li key={link.href + link.label}>
          <a href={link.href}>{link.label}</a>
        </li>
      ))}
    </ul>
  );
}
