// A menu link with an optional one-line description, as in the Products menu.
import type { NavigationLink } from '@/lib/navigation';

type Props = { link: NavigationLink };

export function NavLink({ link }: Props) {
  return (
    <a href={link.href} className="nav-link">
      <span className="nav-link__label">{link.label}</span>
      {link.description && <span className="nav-link__description">{link.description}</span>}
    </a>
  );
}
