// A menu link with an optional one-line description, as in the Products menu.
import type { NavLink as Link } from '@/lib/navigation';

type Props = { link: Link };

export function NavLink({ link }: Props) {
  return (
    <a href={link.href} className="nav-link">
      <span className="nav-link__label">{link.label}</span>
      {link.description && <span className="nav-link__description">{link.description}</span>}
    </a>
  );
}
