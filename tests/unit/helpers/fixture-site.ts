// A minimal copy of the export's layout for tests of the nginx configuration and the releases:
// pages in both languages, their sitemap, both 404 pages, a feed and a fingerprinted stylesheet,
// each with a .gz and a .br copy.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export const FIXTURE_CSS = '/_next/static/chunks/site-0123abcd.css';
export const FIXTURE_PAGES = ['/', '/privacy/', '/en/', '/en/privacy/'];

/** Writes the fixture site into a new folder (or `root`) and returns its path. */
export function fixtureSite(root = mkdtempSync(path.join(tmpdir(), 'site-fixture-'))): string {
  chmodSync(root, 0o755);
  const page = (lang: string, title: string) =>
    `<!DOCTYPE html><html lang="${lang}"><head><title>${title}</title><link rel="stylesheet" href="${FIXTURE_CSS}"></head><body>${title.repeat(40)}</body></html>`;
  const locs = FIXTURE_PAGES.map((p) => `<url><loc>https://www.amazonaws.cn${p}</loc></url>`);
  const files: Record<string, string> = {
    'index.html': page('zh-CN', '首页'),
    'privacy/index.html': page('zh-CN', '隐私'),
    'en/index.html': page('en', 'Home'),
    'en/privacy/index.html': page('en', 'Privacy'),
    '404.html': page('zh-CN', '未找到'),
    'en/404.html': page('en', 'Not found'),
    'feed.xml': '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>',
    'sitemap.xml': `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.join('')}</urlset>`,
    [FIXTURE_CSS.slice(1)]: 'body { color: black; }\n'.repeat(50),
  };
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
    writeFileSync(`${full}.gz`, gzipSync(text));
    writeFileSync(`${full}.br`, brotliCompressSync(Buffer.from(text)));
  }
  return root;
}
