// Loads /site.js. Published pages carry no framework script, so there it is a plain deferred
// script. Under `next dev` React hydrates the page, and site.js changing the menus' attributes
// before that makes React report a hydration mismatch (the red "1 Issue" badge); there the
// script is added only once React has hydrated, and does exactly the same as in production.
import { SiteScriptAfterHydration } from './site-script-after-hydration';

type Props = {
  /**
   * Render-blocking (in the head of pages): where the browser supports it, the reader's stored
   * text size is on <html> before the first paint.
   */
  blocking?: boolean;
};

export function SiteScript({ blocking = false }: Props) {
  if (process.env.NODE_ENV === 'development') return <SiteScriptAfterHydration />;
  return <script src="/site.js" defer {...(blocking ? { blocking: 'render' } : {})} />;
}
