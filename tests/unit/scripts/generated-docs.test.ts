// The parts of the documentation written from the code are what `npm run docs` writes: a header
// added to lib/security-headers.mjs, or a rule to lib/checks/rules/, without running it fails here.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { cachePolicy } from '@/lib/http/cache-policy.mjs';
import { securityHeaders } from '@/lib/security-headers.mjs';
import { CACHE_POLICY_SECTION } from '@/scripts/lib/cache-policy-table';
import { withSection } from '@/scripts/lib/generated-section';
import { GENERATED_SECTIONS } from '@/scripts/lib/generated-sections';
import { HEADERS_SECTION } from '@/scripts/lib/headers-table';

describe('the generated documentation', () => {
  it.each(GENERATED_SECTIONS.map((s) => [`${s.what} of ${s.file}`, s] as const))(
    'the %s is as npm run docs writes it',
    async (_name, section) => {
      const committed = await readFile(section.file, 'utf8');
      expect(committed, `the ${section.what} of ${section.file} is stale: run npm run docs`).toBe(
        await withSection(section, committed),
      );
    },
  );

  it('lists every header every response carries, with its value', async () => {
    const page = await readFile(HEADERS_SECTION.file, 'utf8');
    const table = page.slice(
      page.indexOf(HEADERS_SECTION.start),
      page.indexOf(HEADERS_SECTION.end),
    );
    for (const { key, value } of securityHeaders()) {
      expect(table).toContain(`\`${key}\``);
      if (key !== 'Permissions-Policy') expect(table).toContain(value);
    }
  });

  it('lists every cache policy with the Cache-Control it sends', async () => {
    const page = await readFile(CACHE_POLICY_SECTION.file, 'utf8');
    const table = page.slice(
      page.indexOf(CACHE_POLICY_SECTION.start),
      page.indexOf(CACHE_POLICY_SECTION.end),
    );
    for (const value of Object.values(cachePolicy)) expect(table).toContain(`\`${value}\``);
  });
});
