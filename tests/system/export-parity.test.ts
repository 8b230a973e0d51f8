// The export is what the site's server answers, byte for byte, as nginx serves it: every page the
// site lists (lib/pages/site-pages.ts) in both languages, every file beside them (sitemap, feeds,
// versions.json, PDFs, icons, assets) and every other file of out/, plus the 404 page of each
// language, fetched from the site's server (`npm start`) and from nginx with the export, each as
// identity, gzip and brotli (decoded), and compared by SHA-256; with them the status and the
// headers a reader's browser acts on. This is why the browser tests that read pages run once,
// against the site's server, and only what is nginx's own (routing, headers, encodings, errors,
// caching, HTTPS) runs again against nginx (playwright.config.ts).
// Needs the build (.next) and its export (out/). PORT and PORT+1 (default 5840, 5841).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localePath, locales } from '@/i18n/routing';
import { feedPath } from '@/lib/pages/page-metadata';
import { siteFiles, sitePages, sitePdfs } from '@/lib/pages/site-pages';
import { securityHeaders } from '@/lib/security-headers.mjs';
import { OUT_DIR, startStaticServer, type StaticServer } from '@/scripts/lib/static-server';
import { startProductionServer, type RunningServer } from '../support/production-server';

const PORT = Number(process.env.PORT ?? 5840);
const CODINGS = ['identity', 'gzip', 'br'] as const;
type Coding = (typeof CODINGS)[number];
// The headers a browser acts on; Date, ETag, Last-Modified and Server may differ by design.
// Content-Type is compared by media type, and by charset where both name one (nginx names
// UTF-8 on the text types it has a charset for, in lower case).
const COMPARED = ['cache-control', ...securityHeaders().map((h) => h.key.toLowerCase())];
// Paths no page has, in each language, and the address of the preview panel's script, which the
// published site does not serve: the 404 page on both servers.
const NOT_FOUND = [
  ...locales.map((l) => localePath(l, 'no-such-document')),
  ...locales.map((l) => localePath(l, 'privacy/1999-01-01')),
  '/preview-changes/',
];

/** A Content-Type's media type and charset, in lower case. */
function contentType(header: string | undefined) {
  const [media = '', ...params] = (header ?? '')
    .toLowerCase()
    .split(';')
    .map((p) => p.trim());
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length);
  return { media, charset };
}

/** The file of out/ that answers a URL path: directories have index.html. */
const exportedFile = (urlPath: string) =>
  path.join(OUT_DIR, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);

type Answer = { status: number; headers: http.IncomingHttpHeaders; sha256: string };

/** One GET asking for `coding`; the body decoded as the response's Content-Encoding says. */
function get(origin: string, urlPath: string, coding: Coding): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      origin + urlPath,
      { headers: { 'accept-encoding': coding }, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('error', reject);
        response.on('end', () => {
          const raw = Buffer.concat(chunks);
          const encoding = response.headers['content-encoding'];
          // A copy that does not decode is a difference too, not a hang.
          let body: Buffer;
          try {
            body =
              encoding === 'br'
                ? brotliDecompressSync(raw)
                : encoding === 'gzip'
                  ? gunzipSync(raw)
                  : raw;
          } catch (error) {
            body = Buffer.from(`undecodable ${encoding}: ${String(error)}`);
          }
          const sha256 = createHash('sha256').update(body).digest('hex');
          resolve({ status: response.statusCode ?? 0, headers: response.headers, sha256 });
        });
      },
    );
    request.setTimeout(30_000, () =>
      request.destroy(new Error(`${origin}${urlPath}: no answer in 30 s`)),
    );
    request.on('error', reject);
  });
}

/** Every file of the export as a URL path, without the precompressed copies. */
function exportedPaths(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !/\.(gz|br)$/.test(e.name))
    .map((e) => `/${path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`)
    .filter((p) => !/^\/(en\/)?404\.html$/.test(p))
    .map((p) => p.replace(/(^|\/)index\.html$/, '$1'));
}

/** The site's own list of what it publishes, as URL paths. */
async function listedPaths(): Promise<string[]> {
  const pages = await sitePages();
  return [
    ...locales.flatMap((l) => pages.map((p) => localePath(l, p.path))),
    '/sitemap.xml',
    '/robots.txt',
    ...locales.map(feedPath),
    ...(await Promise.all(locales.map(siteFiles))).flat(),
    ...(await sitePdfs()),
  ];
}

let site: RunningServer;
let nginx: StaticServer;
let listed: string[] = [];
let all: string[] = [];

beforeAll(async () => {
  [site, nginx] = await Promise.all([
    startProductionServer(PORT),
    startStaticServer(PORT + 1, { root: OUT_DIR }),
  ]);
  listed = await listedPaths();
  all = [...new Set([...listed, ...exportedPaths(OUT_DIR)])].sort();
});

afterAll(async () => {
  site?.stop();
  await nginx?.stop();
});

/** What differs between the two servers for one path, as lines; empty when nothing does. */
async function compare(urlPath: string, status: number): Promise<string[]> {
  const problems: string[] = [];
  const answers = await Promise.all(
    CODINGS.flatMap((coding) => [
      get(site.origin, urlPath, coding).then((a) => ({ server: 'site', coding, ...a })),
      get(nginx.origin, urlPath, coding).then((a) => ({ server: 'nginx', coding, ...a })),
    ]),
  );
  const reference = answers[0]!;
  for (const a of answers) {
    const what = `${urlPath} (${a.server}, ${a.coding})`;
    if (a.status !== status) problems.push(`${what}: status ${a.status}, not ${status}`);
    if (a.sha256 !== reference.sha256) {
      problems.push(
        `${what}: body ${a.sha256.slice(0, 12)} ≠ site identity ${reference.sha256.slice(0, 12)}`,
      );
    }
    const types = [a, reference].map((x) => contentType(x.headers['content-type']));
    if (
      types[0]!.media !== types[1]!.media ||
      (types[0]!.charset && types[1]!.charset && types[0]!.charset !== types[1]!.charset)
    ) {
      problems.push(
        `${what}: content-type "${a.headers['content-type']}" ≠ "${reference.headers['content-type']}"`,
      );
    }
    for (const header of COMPARED) {
      if (a.headers[header] !== reference.headers[header]) {
        problems.push(`${what}: ${header} "${a.headers[header]}" ≠ "${reference.headers[header]}"`);
      }
    }
  }
  // Where the export has a .gz or .br copy, nginx must send it when asked.
  for (const a of answers.filter((x) => x.server === 'nginx' && x.coding !== 'identity')) {
    const copy = `${exportedFile(urlPath)}.${a.coding === 'gzip' ? 'gz' : 'br'}`;
    const wanted = a.coding === 'br' && !nginx.brotli.on ? undefined : a.coding;
    if (status === 200 && wanted && existsSync(copy) && a.headers['content-encoding'] !== wanted) {
      problems.push(
        `${urlPath} (nginx): asked for ${a.coding}, sent ${a.headers['content-encoding'] ?? 'identity'}`,
      );
    }
  }
  return problems;
}

/** Compares `paths`, eight at a time (each is six requests), and gathers every difference. */
async function compareAll(paths: string[], status: number): Promise<string[]> {
  const problems: string[] = [];
  for (let i = 0; i < paths.length; i += 8) {
    const batch = await Promise.all(paths.slice(i, i + 8).map((p) => compare(p, status)));
    problems.push(...batch.flat());
  }
  return problems;
}

describe('nginx with the export answers what the site’s server answers', () => {
  it('lists every page and file the site publishes, and the export holds each', () => {
    const exported = new Set(exportedPaths(OUT_DIR));
    expect(listed.length).toBeGreaterThan(50);
    expect(listed.filter((p) => !exported.has(p))).toEqual([]);
  });

  it('every page and file: same status, headers and bytes, identity, gzip and brotli', async () => {
    expect(await compareAll(all, 200)).toEqual([]);
  });

  it('the 404 page of each language, at addresses no page has', async () => {
    expect(await compareAll(NOT_FOUND, 404)).toEqual([]);
  });
});
