// `npm run serve:static` as an operator meets it: it refuses a missing, partial or stale export
// with exit status 1 and a message naming `npm run export`; it names a port in use without a
// stack trace; it says whether nginx sends brotli, and passes that on to the command it runs.
// Runs the script itself (tsx) with nginx on free ports.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExportRecord } from '@/lib/host/export-check';
import { fixtureSite } from '@/tests/unit/helpers/fixture-site';

const PROJECT = path.resolve('.');
const SCRIPT = path.join(PROJECT, 'scripts', 'serve-static.ts');
// tsx's loader by its path: the script runs in other folders, which have no node_modules.
const TSX = pathToFileURL(path.join(PROJECT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
// Prints what a client that accepts only brotli gets, and what serve:static said about brotli.
const PROBE = `fetch(process.env.BASE_URL + '/en/privacy/', { headers: { 'Accept-Encoding': 'br' } })
  .then((r) => console.log('probe', r.status, r.headers.get('content-encoding') ?? 'none', process.env.SITE_BROTLI))`;

let work: string;
// Each test starts Node and perhaps nginx (which retries a port in use for 2.5 s): a bound for a
// loaded machine, not a measure of speed.
const SLOW = { timeout: 120_000 };

/** Runs serve:static in `cwd` with `env`, and `command` after it. */
function serveStatic(env: Record<string, string>, command: string[] = ['true'], cwd = PROJECT) {
  const run = spawnSync(process.execPath, ['--import', TSX, SCRIPT, ...command], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      PORT: '0',
      TSX_TSCONFIG_PATH: path.join(PROJECT, 'tsconfig.json'),
      ...env,
    },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A project folder with an export in out/, its record, and a build in .next. */
function project(name: string, { built = 'build-1', exported = 'build-1' } = {}): string {
  const dir = path.join(work, name);
  mkdirSync(path.join(dir, 'out'), { recursive: true });
  // No host/ folder, as in a clean checkout: the record's writer makes it.
  mkdirSync(path.join(dir, '.next'));
  fixtureSite(path.join(dir, 'out'));
  writeExportRecord(path.join(dir, 'host', 'export.json'), path.join(dir, 'out'), exported);
  writeFileSync(path.join(dir, '.next', 'BUILD_ID'), built);
  return dir;
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'serve-static-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('refusing an export it must not serve', SLOW, () => {
  function expectRefusal(run: ReturnType<typeof serveStatic>, reason: RegExp) {
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/is not a complete export of this build, so nginx was not started/);
    expect(run.stderr).toMatch(reason);
    expect(run.stderr).toMatch(/Run `npm run export`/);
    expect(run.stdout).not.toMatch(/served by nginx/);
  }

  it('no export at all', () => {
    const dir = path.join(work, 'empty-project');
    mkdirSync(dir);
    expectRefusal(serveStatic({}, ['true'], dir), /out does not exist/);
  });

  it('an empty out/', () => {
    const dir = path.join(work, 'empty-out');
    mkdirSync(path.join(dir, 'out'), { recursive: true });
    expectRefusal(serveStatic({}, ['true'], dir), /out\/sitemap\.xml is missing/);
  });

  it('a page missing, with the file named', () => {
    const dir = project('page-missing');
    rmSync(path.join(dir, 'out', 'en', 'privacy', 'index.html'));
    expectRefusal(
      serveStatic({}, ['true'], dir),
      /\/en\/privacy\/: in the sitemap, but out\/en\/privacy\/index\.html is missing/,
    );
  });

  it('an export of another build than the one in .next', () => {
    const dir = project('stale', { built: 'build-2' });
    expectRefusal(
      serveStatic({}, ['true'], dir),
      /the export is of build build-1, but the build in \.next is build-2/,
    );
  });

  it('an export without its record (not written by npm run export)', () => {
    const dir = project('no-record');
    rmSync(path.join(dir, 'host', 'export.json'));
    expectRefusal(serveStatic({}, ['true'], dir), /host\/export\.json is missing/);
  });

  it('SITE_ROOT through a releases/current that points nowhere', () => {
    const releases = path.join(work, 'releases');
    mkdirSync(releases);
    symlinkSync('20261201T090000Z-abcdef1', path.join(releases, 'current'));
    expectRefusal(
      serveStatic({ SITE_ROOT: path.join(releases, 'current', 'site') }),
      /current is a link to 20261201T090000Z-abcdef1, which does not exist/,
    );
  });
});

describe('starting', SLOW, () => {
  it('serves a complete export and runs the command against it', () => {
    const run = serveStatic({}, [process.execPath, '-e', PROBE], project('complete'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^probe 200 \w+ (on|off)$/m);
  });

  it('names a port in use, without a stack trace', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const run = serveStatic({ PORT: String(port) }, ['true'], project('port-in-use'));
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(
        new RegExp(
          `127\\.0\\.0\\.1:${port} is in use by another program: stop it, or choose another port`,
        ),
      );
      expect(run.stderr).toMatch(/nginx's error log .*, last lines:/);
      expect(run.stderr).not.toMatch(/^\s+at /m);
    } finally {
      blocker.close();
    }
  });
});

describe('brotli', SLOW, () => {
  it('with the module: says brotli is on, and a br-only request gets brotli', () => {
    const run = serveStatic({}, [process.execPath, '-e', PROBE], project('brotli-on'));
    expect(run.stdout).toMatch(
      /serve:static: brotli is on \(.*ngx_http_brotli_static_module\.so\)/,
    );
    expect(run.stdout).toMatch(/^probe 200 br on$/m);
  });

  it('without the module: says brotli is off and why, and tells the command', () => {
    const run = serveStatic(
      { NGINX_BROTLI_MODULE: path.join(work, 'no-such-module.so') },
      [process.execPath, '-e', PROBE],
      project('brotli-off'),
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /serve:static: brotli is off: nginx sends gzip and plain files only, never the \.br copies \(no ngx_http_brotli_static_module\.so at .*no-such-module\.so; install libnginx-mod-http-brotli-static/,
    );
    expect(run.stdout).toMatch(/^probe 200 none off$/m);
  });
});
