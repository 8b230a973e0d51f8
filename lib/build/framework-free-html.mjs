// @ts-check
// Build step that removes the framework's client JavaScript from every prerendered page. The
// pages are complete server-rendered HTML and need no hydration: every interaction is HTML and
// CSS, upgraded by one small script (/site.js; the compare pages have a second, /compare.js). Without the framework's inline scripts the
// Content-Security-Policy can allow scripts from this origin only, with no 'unsafe-inline'.
// It runs inside `next build` as a Next.js adapter, so no build can skip it.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Scripts a page keeps: structured data and the compare page's data (never executed), the site's
 * own script and the compare page's (/compare.js, which draws a comparison on the static export).
 */
export const KEPT_SCRIPT =
  /\btype="application\/ld\+json"|\bsrc="\/(?:site|compare)\.js"|\btype="application\/json" id="compare-data"/;

/**
 * Removes every framework script, inline or external, and the hints that preload them.
 * @param {string} html
 * @returns {string}
 */
export function stripFrameworkScripts(html) {
  return html
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script>/g, (tag, attributes) =>
      KEPT_SCRIPT.test(attributes) ? tag : '',
    )
    .replace(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>/g, '')
    .replace(/<link\b[^>]*\bas="script"[^>]*\brel="(?:preload|modulepreload)"[^>]*\/?>/g, '');
}

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(file);
    else if (entry.name.endsWith('.html')) yield file;
  }
}

/** @type {import('next').NextAdapter} */
const adapter = {
  name: 'framework-free-html',
  async onBuildComplete({ distDir }) {
    let pages = 0;
    for await (const file of htmlFiles(path.join(distDir, 'server'))) {
      const html = await readFile(file, 'utf8');
      const stripped = stripFrameworkScripts(html);
      if (stripped !== html) {
        await writeFile(file, stripped);
        pages += 1;
      }
    }
    console.log(`framework-free-html: removed the framework's scripts from ${pages} pages`);
  },
};

export default adapter;
