// `npm run docs`: rewrites every part of the documentation that is written from the code: the
// rules tables of README.md, CONTENT.md and CONTENT.zh-CN.md (lib/checks/rules/) and the
// security-headers and cache-policy tables of docs/security.md (lib/security-headers.mjs,
// lib/http/cache-policy.mjs); says which changed.
import { readFile, writeFile } from 'node:fs/promises';
import { withSection } from './lib/generated-section';
import { GENERATED_SECTIONS } from './lib/generated-sections';

async function main() {
  for (const section of GENERATED_SECTIONS) {
    const before = await readFile(section.file, 'utf8');
    const after = await withSection(section, before);
    if (after === before) continue;
    await writeFile(section.file, after);
    console.log(`docs: wrote the ${section.what} of ${section.file}`);
  }
}

void main();
