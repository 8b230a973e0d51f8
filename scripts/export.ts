// `npm run export`: the published site as static files in out/, for any static host or CDN,
// with the site's real URLs (/privacy/index.html, /en/privacy/index.html, …), a 404 page per
// language, the sitemap, the feeds, each document's versions.json, robots.txt, icons and assets,
// each also precompressed (.gz, .br), and the nginx configuration that serves them
// (host/nginx-site.conf). It serves the production build once on loopback and saves exactly what
// the site's server (`npm start`) answers, so the two cannot differ.
// Fails if a page carries any script but the site's own and JSON-LD, or more JavaScript than the
// budget (scripts/lib/budgets.ts).
// EXPORT_DIR writes the site elsewhere (`npm run release` exports into releases/<id>/);
// NGINX_ROOT is the folder the configuration serves when nginx reads the site elsewhere than
// it was written (`npm run release`: releases/current/site; default: the export's folder);
// EXPORT_PORT is the loopback port of that one-off server (default 3600).
// The configuration has an HTTPS server only with TLS_CERTIFICATE, TLS_CERTIFICATE_KEY and
// SITE_ORIGIN (as `npm run release`; `npm run nginx:config` writes it without exporting again);
// otherwise one plain-HTTP server on NGINX_LISTEN (default 8080), which the output says.
// It also writes host/export.json (the build and every file's checksum), which
// `npm run serve:static` checks out/ against.
import { gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { localePath, locales } from '@/i18n/routing';
import { feedPath } from '@/lib/pages/page-metadata';
import { siteFiles, sitePages, sitePdfs } from '@/lib/pages/site-pages';
import { KEPT_SCRIPT } from '@/lib/build/framework-free-html.mjs';
import { jsBudgetFor } from './lib/budgets';
import { filesUnder, precompressFolder, type FolderCount } from './lib/precompress';
import { currentBuildId, EXPORT_RECORD, writeExportRecord } from '@/lib/host/export-check';
import { servedRoot, writeHostConfig } from '@/lib/host/host-config';
import {
  brotliStatus,
  describeServers,
  HEADERS_SNIPPET,
  serverOptionsFrom,
} from '@/lib/host/nginx-config';
import { startProductionServer } from '../tests/support/production-server';
import { OUT_DIR as DEFAULT_OUT_DIR } from './lib/static-server';

const OUT_DIR = path.resolve(process.env.EXPORT_DIR ?? DEFAULT_OUT_DIR);
const PORT = Number(process.env.EXPORT_PORT ?? 3600);

/** The URL paths of the files in public/, which the site serves as they are. */
function publicFiles(): string[] {
  return filesUnder('public').map(
    (file) => `/${path.relative('public', file).split(path.sep).join('/')}`,
  );
}

/** The file that serves a URL path: directories get index.html. */
function fileFor(urlPath: string): string {
  return path.join(OUT_DIR, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
}

function write(urlPath: string, body: Buffer) {
  const file = fileFor(urlPath);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, body);
}

/** Same-site assets a page refers to (stylesheets, scripts, icons, images). */
function assetsOf(html: string): string[] {
  const refs = [...html.matchAll(/\b(?:href|src)="(\/[^"#?]+)(?:\?[^"]*)?"/g)].map((m) => m[1]!);
  return refs.filter((ref) => /\.[a-z0-9]+$/i.test(ref));
}

/** Scripts on a page: only the site's own (KEPT_SCRIPT: site.js, compare.js, data) may remain. */
function checkScripts(urlPath: string, html: string): string[] {
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
  const foreign = scripts.filter((attrs) => !KEPT_SCRIPT.test(attrs));
  return foreign.length > 0 ? [`${urlPath}: framework script left: <script${foreign[0]}>`] : [];
}

/** A path for the operator: from the current folder when it is inside it, else absolute. */
function shown(file: string): string {
  const relative = path.relative('.', file);
  return relative && !relative.startsWith('..') ? relative : file;
}

/**
 * The export's first line: what was fetched (pages, 404 pages, other files), then what the
 * folder holds once the .gz and .br copies are written: every file, the copies among them.
 */
function summary(pages: number, fetched: number, count: FolderCount): string {
  return `export: ${pages} pages, 2 404 pages and ${fetched} other files fetched into ${shown(OUT_DIR)}/; with a .gz and a .br copy of each text file, ${count.files} files in all (${count.copies} of them copies), ${(count.bytes / 1024).toFixed(0)} KB`;
}

async function main() {
  // Read first: a half-given HTTPS configuration stops the export before any work.
  const nginx = serverOptionsFrom(process.env);
  const published = await sitePages();
  const pages = locales.flatMap((l) => published.map((p) => localePath(l, p.path)));
  const site = await startProductionServer(PORT);
  const problems: string[] = [];
  const assets = new Set<string>([
    '/sitemap.xml',
    '/robots.txt',
    ...locales.map(feedPath),
    ...(await Promise.all(locales.map(siteFiles))).flat(),
    '/favicon.ico',
    '/icon.svg',
    '/apple-icon.png',
    ...publicFiles(),
    // The PDF of every version, the bytes the site's server answers (from .generated/pdf/).
    ...(await sitePdfs()),
  ]);
  const get = async (urlPath: string, status = 200) => {
    const response = await fetch(site.origin + urlPath, { redirect: 'manual' });
    if (response.status !== status) problems.push(`${urlPath}: ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  };

  try {
    rmSync(OUT_DIR, { recursive: true, force: true });
    for (const urlPath of pages) {
      const html = (await get(urlPath)).toString('utf8');
      problems.push(...checkScripts(urlPath, html));
      const refs = assetsOf(html);
      refs.forEach((a) => assets.add(a));
      const js = refs.filter((a) => a.endsWith('.js'));
      const jsBytes = js.reduce((sum, a) => sum + gzipSync(readFileSync(`public${a}`)).length, 0);
      if (jsBytes > jsBudgetFor(urlPath))
        problems.push(`${urlPath}: ${jsBytes} bytes of JavaScript gzipped`);
      write(urlPath, Buffer.from(html));
    }
    // The server sends the 404 page in the URL's language; no page has a segment "_".
    for (const locale of locales) {
      const notFound = await get(localePath(locale, '_/not-found'), 404);
      write(localePath(locale, '404.html').replace(/\/$/, ''), notFound);
    }
    for (const asset of assets) write(asset, await get(asset));
  } finally {
    site.stop();
  }
  if (problems.length > 0) {
    console.error(`export failed:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }

  // Precompressed copies for gzip_static / brotli_static; counted after they are written.
  const count = await precompressFolder(OUT_DIR);

  // The record serve:static checks out/ against (files and build); only for out/ itself: a
  // release exports elsewhere and keeps its own record (SHA256SUMS).
  const buildId = currentBuildId();
  if (OUT_DIR === DEFAULT_OUT_DIR && buildId) writeExportRecord(EXPORT_RECORD, OUT_DIR, buildId);
  const root = servedRoot(OUT_DIR);
  const conf = shown(writeHostConfig('host', root, nginx));
  console.log(
    [
      summary(pages.length, assets.size, count),
      `export: nginx server block in ${conf} for ${shown(root)} (includes host/${HEADERS_SNIPPET}): ${describeServers(nginx)}`,
      `export: ${brotliStatus().message}`,
    ].join('\n'),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
