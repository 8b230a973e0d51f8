// The caching table of docs/security.md, written from lib/http/cache-policy.mjs between two
// markers, so the page cannot drift from what the server and the nginx configuration send.
// `npm run docs` writes it; tests/unit/scripts/generated-docs.test.ts fails when the committed table
// differs.
import { cachePolicy, IMMUTABLE_PREFIX } from '@/lib/http/cache-policy.mjs';
import { replaceBetween, type GeneratedSection } from './generated-section';

const START =
  '<!-- cache-policy:start (written by `npm run docs` from lib/http/cache-policy.mjs) -->';
const END = '<!-- cache-policy:end -->';

/** The responses each policy is for, in the page's words; a new policy fails tsc until named. */
const RESPONSES: Record<keyof typeof cachePolicy, string> = {
  immutable: `\`${IMMUTABLE_PREFIX}…\` (fingerprinted)`,
  document: 'pages, feeds, sitemap, robots, icons, files',
  notFound: 'the 404 page',
  redirect: '308 redirects',
  refused: '400, 405, 414, 416, 431, 500',
};

export function cachePolicyTable(): string {
  const rows = Object.entries(cachePolicy).map(
    ([name, value]) => `| ${RESPONSES[name as keyof typeof cachePolicy]} | \`${value}\` |`,
  );
  return ['| response | `Cache-Control` |', '| --- | --- |', ...rows].join('\n');
}

const PLACE = { file: 'docs/security.md', start: START, end: END, what: 'cache-policy table' };

export const CACHE_POLICY_SECTION: GeneratedSection = {
  ...PLACE,
  write: (source) => replaceBetween(source, PLACE, cachePolicyTable()),
};
