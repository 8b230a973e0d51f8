// The call to action of the header and the footer (cta-button.css): a filled link.
import type { NavLink } from '@/lib/navigation';

type Props = { link: NavLink };

export function CtaButton({ link }: Props) {
  return (
    <a className="cta-button" href={link.href}>
      {link.label}
    </a>
  );
}
