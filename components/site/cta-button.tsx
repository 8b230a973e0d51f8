// The call to action of the header and the footer (cta-button.css): a filled link.
import type { NavigationLink } from '@/lib/navigation';

type Props = { link: NavigationLink };

export function CtaButton({ link }: Props) {
  return (
    <a className="cta-button" href={link.href}>
      {link.label}
    </a>
  );
}
