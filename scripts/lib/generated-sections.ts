// Every section of the documentation that `npm run docs` writes from the code.
import { CACHE_POLICY_SECTION } from './cache-policy-table';
import type { GeneratedSection } from './generated-section';
import { HEADERS_SECTION } from './headers-table';
import { RULES_SECTIONS } from './rules-tables';

export const GENERATED_SECTIONS: readonly GeneratedSection[] = [
  ...RULES_SECTIONS,
  HEADERS_SECTION,
  CACHE_POLICY_SECTION,
];
