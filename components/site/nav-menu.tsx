// One menu of the main navigation: a disclosure whose panel lists the menu's groups of links.
import type { Navigation } from '@/lib/navigation';
import { Disclosure } from './disclosure';
import { NavLink } from './nav-link';

type Props = { menu: Navigation['header']['menus'][number] };

export function NavMenu({ menu }: Props) {
  return (
    <Disclosure id={`menu-${menu.id}`} label={menu.label} className="nav-menu">
      {menu.overview && (
        <p className="nav-menu__overview">
          <a href={menu.overview.href}>{menu.overview.label}</a>
        </p>
      )}
      <div className="nav-menu__groups">
        {menu.groups.map((group, index) => (
          <div key={group.heading ?? index} className="nav-menu__group">
            {/* Not a heading: the menus come before the page's h1 in the outline. */}
            {group.heading && (
              <p className="nav-menu__group-heading" id={`${menu.id}-group-${index}`}>
                {group.heading}
              </p>
            )}
            <ul aria-labelledby={group.heading ? `${menu.id}-group-${index}` : undefined}>
              {group.links.map((link) => (
                <li key={link.href + link.label}>
                  <NavLink link={link} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </Disclosure>
  );
}
