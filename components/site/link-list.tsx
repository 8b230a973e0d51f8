// A plain list of links, as in the header's quick links and the footer's columns; or, with
// `row`, a row of links under a title or in a notice (link-list.css).
import type { NavigationLink } from '@/lib/navigation';

type Props = { links: readonly NavigationLink[]; className?: string; row?: boolean };

export function LinkList({ links, className, row = false }: Props) {
  const classes = [row && 'link-list--row', className].filter(Boolean).join(' ');
  return (
    <ul className={classes || undefined}>
      {links.map((link) => (
        <li key={link.href + link.label}>
          <a href={link.href}>{link.label}</a>
        </li>
      ))}
    </ul>
  );
}
