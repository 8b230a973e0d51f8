// `npm run docs:rules`: writes the rules tables of README.md, CONTENT.md and CONTENT.zh-CN.md from
// the rules' ids and descriptions (lib/checks/rules/), and says which files changed.
import { readFile, writeFile } from 'node:fs/promises';
import { RULES_DOCS, withRulesTable } from './lib/rules-tables';

async function main() {
  for (const doc of RULES_DOCS) {
    const before = await readFile(doc.file, 'utf8');
    const after = await withRulesTable(doc, before);
    if (after === before) continue;
    await writeFile(doc.file, after);
    console.log(`docs:rules: wrote the rules table of ${doc.file}`);
  }
}

void main();
