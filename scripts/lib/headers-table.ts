// The security-headers table of docs/security.md, written from lib/security-headers.mjs between
// two markers, so the page cannot drift from what every response sends. `npm run docs` writes it;
// tests/unit/scripts/generated-docs.test.ts fails when the committed table differs.
import { securityHeaders } from '@/lib/security-headers.mjs';
import { replaceBetween, type GeneratedSection } from './generated-section';

const START =
  '<!-- security-headers:start (written by `npm run docs` from lib/security-headers.mjs) -->';
const END = '<!-- security-headers:end -->';

/** A value too long for a table cell is shortened to its first entries, with a count of the rest. */
function shown(key: string, value: string): string {
  if (key !== 'Permissions-Policy') return `\`${value}\``;
  const features = value.split(', ');
  return `every feature the site does not use denied (${features.length}): ${features
    .slice(0, 4)
    .map((f) => `\`${f}\``)
    .join(', ')}, …`;
}

export function headersTable(): string {
  const rows = securityHeaders().map(
    ({ key, value }) => `| \`${key}\` | ${shown(key, value).replaceAll('|', '\\|')} |`,
  );
  return ['| header | value |', '| --- | --- |', ...rows].join('\n');
}

const PLACE = { file: 'docs/security.md', start: START, end: END, what: 'security-headers table' };

export const HEADERS_SECTION: GeneratedSection = {
  ...PLACE,
  write: (source) => replaceBetween(source, PLACE, headersTable()),
};
