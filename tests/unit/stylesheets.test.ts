// The stylesheets beside the components reach the page only through app/globals.css's @import
// lines (docs/styles.md): one left out would silently style nothing, and one imported twice would
// repeat its rules later in the cascade. And a class is styled only by its owner's stylesheet.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(file);
    return entry.name.endsWith('.css') ? [file] : [];
  });
}

const globals = readFileSync('app/globals.css', 'utf8');
const imported = [...globals.matchAll(/@import '([^']+)';/g)].map((m) => path.join('app', m[1]!));

describe('app/globals.css', () => {
  it('imports every stylesheet of app/ and components/ exactly once', () => {
    const all = [...stylesheets('app'), ...stylesheets('components')]
      .filter((file) => file !== path.join('app', 'globals.css'))
      .sort();
    expect([...imported].sort()).toEqual(all);
    expect(new Set(imported).size).toBe(imported.length);
  });

  it('has nothing but the imports, so the cascade order is the list', () => {
    const rest = globals.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@import '[^']+';/g, '');
    expect(rest.trim()).toBe('');
  });
});

/**
 * What a stylesheet does under `prefers-color-scheme` besides setting custom properties of
 * :root, one line each, and how many such blocks it has.
 */
function colourSchemeStrays(css: string, file: string): { strays: string[]; blocks: number } {
  const strays: string[] = [];
  let blocks = 0;
  postcss.parse(css, { from: file }).walkAtRules((block) => {
    if (!/prefers-color-scheme/.test(block.params)) return;
    blocks += 1;
    block.walk((node) => {
      const where = `${file}: @media ${block.params}`;
      if (node.type === 'rule' && node.selector !== ':root')
        strays.push(`${where} styles ${node.selector}`);
      if (node.type === 'decl' && !node.prop.startsWith('--'))
        strays.push(`${where} sets ${node.prop}`);
      if (node.type === 'atrule') strays.push(`${where} holds @${node.name}`);
    });
  });
  return { strays, blocks };
}

describe('the dark colour scheme', () => {
  // tests/e2e/a11y.spec.ts checks every page with all of axe's rules in light colours and only
  // with its colour rules in dark ones: right only while the dark scheme changes colours alone.
  it('sets only custom properties of :root, in the one block of app/tokens.css', () => {
    const strays: string[] = [];
    const withBlocks: string[] = [];
    for (const file of [...stylesheets('app'), ...stylesheets('components')]) {
      const found = colourSchemeStrays(readFileSync(file, 'utf8'), file);
      strays.push(...found.strays);
      if (found.blocks) withBlocks.push(`${file} ×${found.blocks}`);
    }
    expect(strays).toEqual([]);
    expect(withBlocks).toEqual([`${path.join('app', 'tokens.css')} ×1`]);
  });

  it('names a layout rule, a property or a nested block that enters a dark block', () => {
    const css = `@media (prefers-color-scheme: dark) {
      :root { --bg: #000; color: #fff; }
      .toc { --x: 1; }
      @media (min-width: 48rem) { :root { --y: 2; } }
    }`;
    expect(colourSchemeStrays(css, 'x.css').strays).toEqual([
      'x.css: @media (prefers-color-scheme: dark) sets color',
      'x.css: @media (prefers-color-scheme: dark) styles .toc',
      'x.css: @media (prefers-color-scheme: dark) holds @media',
    ]);
  });
});

describe("a component's stylesheet", () => {
  it('styles the classes of its own block, and of blocks it renders inside its own', () => {
    const strays: string[] = [];
    for (const file of stylesheets('components')) {
      const block = path.basename(file, '.css');
      const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      const tsx = readFileSync(file.replace(/\.css$/, '.tsx'), 'utf8');
      const blocks = new Set(
        [...css.matchAll(/\.([a-z][a-z0-9]*(?:-[a-z0-9]+)*)/g)].map((m) => m[1]!),
      );
      for (const other of blocks) {
        // .js is set on <html> by site.js once it runs.
        if (other === block || other === 'js') continue;
        if (
          new RegExp(`'\\.{1,2}/(?:[a-z-]+/)?${other}'`).test(tsx) ||
          INSIDE[block]?.includes(other)
        )
          continue;
        strays.push(`${file} styles .${other}, which ${block}.tsx does not render`);
      }
    }
    expect(strays).toEqual([]);
  });
});

/** Blocks put inside a component by the pages that use it, not by its own file. */
const INSIDE: Record<string, string[]> = {
  // The bilingual page renders the contents list inside the document's frame.
  'legal-document': ['table-of-contents'],
  // The bilingual text is the body of that frame, each row ending with a link back.
  'bilingual-document': ['legal-document'],
  // A changes page's article, drawn by lib/versions/redline-html.ts: its sections and the notes
  // on key-clause marks that changed.
  'redline-page': ['redline-section', 'redline-key'],
};
