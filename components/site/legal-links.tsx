// The footer's legal row: Site Terms | Privacy | Legal | Legal updates (Atom feed) | Rate this Page.
// The three documents link to this site's own pages when they are published, else to the
// original site's pages.
import { localePath, type Locale } from '@/i18n/routing';
import type { Navigation, NavigationLink } from '@/lib/navigation';
import { ORIGINAL_SITE } from '@/lib/site-config';
import { LinkList } from './link-list';

type Props = {
  locale: Locale;
  legal: Navigation['footer']['legal'];
  published: readonly string[];
  /** This site's feed of new versions, after the documents. */
  feed: NavigationLink;
};

export function LegalLinks({ locale, legal, published, feed }: Props) {
  const own = (slug: string) =>
    published.includes(slug)
      ? localePath(locale, slug)
      : `${ORIGINAL_SITE}${localePath(locale, slug)}`;
  const links = [
    { label: legal.terms, href: own('terms') },
    { label: legal.privacy, href: own('privacy') },
    { label: legal.legal, href: own('legal') },
    feed,
    legal.rate,
  ];
  return (
    <nav className="legal-links" aria-label={legal.label}>
      <LinkList links={links} />
    </nav>
  );
}
