// Releases: a checked release becomes current by an atomic rename; a broken one is refused with
// current unchanged; rollback returns to the previous release; old releases are pruned.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { servedRoot, writeHostConfig } from '@/lib/host/host-config';
import {
  currentRelease,
  listReleases,
  publish,
  releaseExportEnv,
  rollback,
} from '@/lib/host/releases';
import { FIXTURE_CSS, fixtureSite } from '@/tests/unit/helpers/fixture-site';

let dir: string;
let site: string;
const copy = (from: string) => (to: string) => cpSync(from, to, { recursive: true });
const id = (n: number) => `20261201T0900${String(n).padStart(2, '0')}Z-abcdef${n}`;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'releases-'));
  site = fixtureSite();
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(site, { recursive: true, force: true });
});

describe('publish', () => {
  it('makes a checked release current, with its nginx configuration pointing at current', () => {
    const result = publish({ dir, build: copy(site), id: id(1) });
    expect(result).toEqual({ id: id(1), previous: undefined, removed: [] });
    expect(readlinkSync(path.join(dir, 'current'))).toBe(id(1));
    const config = readFileSync(path.join(dir, id(1), 'nginx', 'site.conf'), 'utf8');
    expect(config).toContain(`root ${path.join(dir, 'current', 'site')};`);
    expect(config).toContain(
      `include ${path.join(dir, 'current', 'nginx', 'security-headers.conf')};`,
    );
    expect(existsSync(path.join(dir, 'current', 'site', 'en', 'privacy', 'index.html'))).toBe(true);
  });

  it('has its export write host/nginx-site.conf for releases/current/site, not the staging folder', () => {
    const host = path.join(dir, 'host');
    // What npm run release has scripts/export.ts do: write the site, then host/'s configuration.
    const exportLikeRelease = (to: string) => {
      const env = releaseExportEnv(dir, to);
      cpSync(site, env.EXPORT_DIR, { recursive: true });
      writeHostConfig(host, servedRoot(env.EXPORT_DIR, env), { listen: '8080' });
    };
    publish({ dir, build: exportLikeRelease, id: id(1) });
    const config = readFileSync(path.join(host, 'nginx-site.conf'), 'utf8');
    const root = /^\s*root (\S+);$/m.exec(config)![1]!;
    expect(root).toBe(path.join(dir, 'current', 'site'));
    expect(config).not.toContain('.staging');
    // The folder it names is the release just published, and follows the next one.
    expect(realpathSync(root)).toBe(realpathSync(path.join(dir, id(1), 'site')));
    publish({ dir, build: exportLikeRelease, id: id(2) });
    expect(realpathSync(root)).toBe(realpathSync(path.join(dir, id(2), 'site')));
  });

  it('leaves host/nginx-site.conf of a plain export naming the export itself', () => {
    expect(servedRoot('out', {})).toBe(path.resolve('out'));
    expect(servedRoot('out', { NGINX_ROOT: '/srv/site' })).toBe('/srv/site');
  });

  it.each([
    [
      'a page of the sitemap is missing',
      'en/privacy/index.html',
      /\/en\/privacy\/: in the sitemap, but .* is missing/,
    ],
    ['the English 404 page is missing', 'en/404.html', /en\/404\.html is missing/],
    ['the sitemap is missing', 'sitemap.xml', /sitemap\.xml is missing/],
    [
      'a page has no brotli copy',
      'en/privacy/index.html.br',
      /en\/privacy\/index\.html has no \.br copy/,
    ],
  ])('refuses a release when %s, leaving current unchanged', (_, file, reason) => {
    publish({ dir, build: copy(site), id: id(1) });
    const broken = (to: string) => {
      cpSync(site, to, { recursive: true });
      rmSync(path.join(to, file));
    };
    expect(() => publish({ dir, build: broken, id: id(2) })).toThrow(reason);
    expect(() => publish({ dir, build: broken, id: id(3) })).toThrow(/refused, current unchanged/);
    expect(currentRelease(dir)).toBe(id(1));
    expect(listReleases(dir)).toEqual([id(1)]);
  });

  it('refuses a first release whose stylesheet is missing', () => {
    const unstyled = (to: string) => {
      cpSync(site, to, { recursive: true });
      rmSync(path.join(to, FIXTURE_CSS.slice(1)));
    };
    expect(() => publish({ dir, build: unstyled, id: id(1) })).toThrow(
      /its stylesheet .* is missing/,
    );
    expect(currentRelease(dir)).toBeUndefined();
    expect(listReleases(dir)).toEqual([]);
  });

  it('refuses a truncated page', () => {
    const truncated = (to: string) => {
      cpSync(site, to, { recursive: true });
      const file = path.join(to, 'privacy', 'index.html');
      truncateSync(file, 60);
    };
    expect(() => publish({ dir, build: truncated, id: id(1) })).toThrow(
      /\/privacy\/: the page is incomplete/,
    );
    expect(() => publish({ dir, build: truncated, id: id(1) })).toThrow(
      /privacy\/index\.html differs from its \.br copy/,
    );
    expect(currentRelease(dir)).toBeUndefined();
  });

  it('carries the previous stylesheet forward, so pages of the old release still find it', () => {
    publish({ dir, build: copy(site), id: id(1) });
    const restyled = (to: string) => {
      cpSync(site, to, { recursive: true });
      rmSync(path.join(to, FIXTURE_CSS.slice(1)));
      cpSync(path.join(site, FIXTURE_CSS.slice(1)), path.join(to, '_next/static/chunks/new.css'));
      for (const page of [
        'index.html',
        'privacy/index.html',
        'en/index.html',
        'en/privacy/index.html',
      ]) {
        const html = readFileSync(path.join(site, page), 'utf8').replace(
          FIXTURE_CSS,
          '/_next/static/chunks/new.css',
        );
        writeFileSync(path.join(to, page), html);
        // As the export does: each page's compressed copies are of its new text.
        writeFileSync(path.join(to, `${page}.gz`), gzipSync(html));
        writeFileSync(path.join(to, `${page}.br`), brotliCompressSync(html));
      }
    };
    publish({ dir, build: restyled, id: id(2) });
    expect(existsSync(path.join(dir, 'current', 'site', FIXTURE_CSS))).toBe(true);
    expect(existsSync(path.join(dir, 'current', 'site', '_next/static/chunks/new.css'))).toBe(true);
    // The checksums are of the release as built: a rebuild of its commit has no old stylesheet.
    const sums = readFileSync(path.join(dir, id(2), 'SHA256SUMS'), 'utf8');
    expect(sums).toContain('  _next/static/chunks/new.css\n');
    expect(sums).not.toContain(`  ${FIXTURE_CSS.slice(1)}\n`);
    // Rolling back keeps the stylesheet of the release it leaves, for pages still being read.
    rollback(dir);
    expect(currentRelease(dir)).toBe(id(1));
    expect(existsSync(path.join(dir, 'current', 'site', '_next/static/chunks/new.css'))).toBe(true);
  });

  it('records the commit, the build date and the checksums of every file it publishes', () => {
    const provenance = {
      commit: '0123456789abcdef0123456789abcdef01234567',
      uncommittedChanges: false,
      buildDate: '2026-12-01',
      node: 'v20.20.2',
    };
    publish({ dir, build: copy(site), id: id(1), provenance });
    const record = JSON.parse(readFileSync(path.join(dir, id(1), 'release.json'), 'utf8'));
    expect(record).toMatchObject({ id: id(1), ...provenance });
    const lines = readFileSync(path.join(dir, id(1), 'SHA256SUMS'), 'utf8')
      .trimEnd()
      .split('\n');
    expect(record.files).toBe(lines.length);
    const page = readFileSync(path.join(site, 'en', 'privacy', 'index.html'));
    const hash = createHash('sha256').update(page).digest('hex');
    expect(lines).toContain(`${hash}  en/privacy/index.html`);
    const files = lines.map((line) => line.slice(66));
    expect(files).toEqual([...files].sort());
  });

  it('keeps the last releases only', () => {
    for (let n = 1; n <= 7; n++) publish({ dir, build: copy(site), id: id(n), keep: 3 });
    expect(listReleases(dir)).toEqual([id(5), id(6), id(7)]);
    expect(currentRelease(dir)).toBe(id(7));
  });
});

describe('rollback', () => {
  it('points current at the previous release, and again at the one before', () => {
    for (let n = 1; n <= 3; n++) publish({ dir, build: copy(site), id: id(n) });
    expect(rollback(dir)).toEqual({ from: id(3), to: id(2) });
    expect(currentRelease(dir)).toBe(id(2));
    expect(rollback(dir)).toEqual({ from: id(2), to: id(1) });
    expect(() => rollback(dir)).toThrow(/oldest release kept/);
    expect(currentRelease(dir)).toBe(id(1));
  });

  it('names a current that points nowhere, and rolls back from it to the release before', () => {
    publish({ dir, build: copy(site), id: id(1) });
    rmSync(path.join(dir, id(1)), { recursive: true });
    expect(() => rollback(dir)).toThrow(
      new RegExp(`current points to ${id(1)}, which does not exist, and no older release is kept`),
    );
    publish({ dir, build: copy(site), id: id(2) });
    publish({ dir, build: copy(site), id: id(3) });
    rmSync(path.join(dir, id(3)), { recursive: true });
    expect(rollback(dir)).toEqual({ from: id(3), to: id(2) });
  });
});

describe('npm run release', () => {
  it(
    'prints where releases/current lives and what nginx reads through it',
    { timeout: 120_000 },
    () => {
      const tsx = pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href;
      const run = spawnSync(
        process.execPath,
        ['--import', tsx, path.resolve('scripts/release.ts'), '--from', site],
        { encoding: 'utf8', env: { ...process.env, RELEASES_DIR: dir, BUILD_DATE: '2026-12-03' } },
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const current = currentRelease(dir)!;
      expect(run.stdout).toContain(
        `release: ${path.join(dir, 'current')} -> ${path.join(dir, current)} (${path.join(dir, 'current')})`,
      );
      expect(run.stdout).toContain(
        `release: nginx serves ${path.join(dir, 'current', 'site')} with ${path.join(dir, 'current', 'nginx', 'site.conf')}`,
      );
    },
  );
});
