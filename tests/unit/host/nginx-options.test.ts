// Which servers the generated configuration has, as an operator asks for them (the TLS variables
// of export and release, or `npm run nginx:config`'s flags), and how the brotli module is found.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  brotliModule,
  brotliStatus,
  describeServers,
  serverOptionsFrom,
} from '@/lib/host/nginx-config';

const work = mkdtempSync(path.join(tmpdir(), 'nginx-options-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const TLS = {
  TLS_CERTIFICATE: '/etc/site/tls/fullchain.pem',
  TLS_CERTIFICATE_KEY: '/etc/site/tls/privkey.pem',
  SITE_ORIGIN: 'https://www.example.cn/',
};

describe('serverOptionsFrom', () => {
  it('without the TLS variables: plain HTTP only, and the output says there is no HTTPS', () => {
    const options = serverOptionsFrom({ NGINX_LISTEN: '9090' });
    expect(options).toEqual({ listen: '9090' });
    expect(describeServers(options)).toMatch(
      /plain HTTP on 9090 only, no HTTPS server .* npm run nginx:config -- --certificate FILE --key FILE --origin https:\/\/HOST/,
    );
  });

  it('with all three: HTTPS on 443 and a redirect on 80', () => {
    const options = serverOptionsFrom(TLS);
    expect(options.tls).toEqual({
      listen: '443',
      certificate: TLS.TLS_CERTIFICATE,
      certificateKey: TLS.TLS_CERTIFICATE_KEY,
      origin: 'https://www.example.cn',
      redirectListen: '80',
    });
    expect(describeServers(options)).toMatch(/^HTTPS on 443 .* HTTP on 80 redirecting/);
  });

  it.each(Object.keys(TLS))('refuses the TLS variables without %s, naming it', (left) => {
    const env: Record<string, string> = { ...TLS };
    delete env[left];
    expect(() => serverOptionsFrom(env)).toThrow(new RegExp(`${left} missing`));
  });

  it.each(['http://www.example.cn', 'www.example.cn', 'https://www.example.cn/privacy/'])(
    'refuses SITE_ORIGIN %s',
    (origin) => {
      expect(() => serverOptionsFrom({ ...TLS, SITE_ORIGIN: origin })).toThrow(
        /SITE_ORIGIN must be an https:\/\/ origin/,
      );
    },
  );
});

describe('npm run nginx:config', () => {
  const tsx = pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href;
  const run = (args: string[], nginxVersion = '1.22.1') =>
    spawnSync(process.execPath, ['--import', tsx, 'scripts/write-nginx-config.ts', ...args], {
      encoding: 'utf8',
      env: {
        ...process.env,
        TLS_CERTIFICATE: '',
        TLS_CERTIFICATE_KEY: '',
        SITE_ORIGIN: '',
        NGINX_VERSION: nginxVersion,
      },
    });
  const httpsArgs = (out: string) => [
    '--certificate',
    '/etc/site/tls/fullchain.pem',
    '--key',
    '/etc/site/tls/privkey.pem',
    '--origin',
    'https://www.example.cn',
    '--root',
    '/srv/site',
    '--out',
    out,
  ];

  it('writes the HTTPS configuration for the given certificate paths', { timeout: 120_000 }, () => {
    const out = path.join(work, 'host');
    const result = run(httpsArgs(out));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/HTTPS on 443 \(certificate \/etc\/site\/tls\/fullchain\.pem\)/);
    expect(result.stderr).toMatch(/fullchain\.pem is not on this machine/);
    const config = readFileSync(path.join(out, 'nginx-site.conf'), 'utf8');
    expect(config).toContain('listen 443 ssl http2;');
    expect(config).toContain('ssl_certificate /etc/site/tls/fullchain.pem;');
    expect(config).toContain('ssl_certificate_key /etc/site/tls/privkey.pem;');
    expect(config).toContain('root /srv/site;');
    expect(config).toContain('return 301 https://www.example.cn$site_path$site_query;');
    expect(readFileSync(path.join(out, 'security-headers.conf'), 'utf8')).toMatch(/add_header/);
  });

  it(
    'writes `http2 on;` for the nginx NGINX_VERSION names, 1.25.1 or later, and says so',
    { timeout: 120_000 },
    () => {
      const out = path.join(work, 'host-newer');
      const result = run(httpsArgs(out), '1.25.1');
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/HTTP\/2 by `http2 on;`, for nginx 1\.25\.1/);
      const config = readFileSync(path.join(out, 'nginx-site.conf'), 'utf8');
      expect(config).toContain('listen 443 ssl;\n    http2 on;\n');
      expect(config).not.toContain('ssl http2');
    },
  );

  it('refuses a certificate without its key, and an unknown flag', { timeout: 120_000 }, () => {
    const half = run(['--certificate', '/etc/site/tls/fullchain.pem', '--out', work]);
    expect(half.status).toBe(1);
    expect(half.stderr).toMatch(
      /nginx:config: HTTPS needs .*TLS_CERTIFICATE_KEY, SITE_ORIGIN missing/,
    );
    const unknown = run(['--cert', 'x']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/nginx:config: Unknown option '--cert'/);
  });
});

describe('the brotli module', () => {
  it('NGINX_BROTLI_MODULE names the file; a missing one turns brotli off and says why', () => {
    const moduleFile = path.join(work, 'ngx_http_brotli_static_module.so');
    writeFileSync(moduleFile, '');
    expect(brotliModule('/usr/sbin/nginx', { NGINX_BROTLI_MODULE: moduleFile })).toBe(moduleFile);
    expect(brotliStatus('/usr/sbin/nginx', { NGINX_BROTLI_MODULE: moduleFile }).message).toBe(
      `brotli is on (${moduleFile})`,
    );
    const gone = brotliStatus('/usr/sbin/nginx', { NGINX_BROTLI_MODULE: `${moduleFile}.gone` });
    expect(gone.module).toBeUndefined();
    expect(gone.message).toMatch(
      /^brotli is off: nginx sends gzip and plain files only, never the \.br copies \(no ngx_http_brotli_static_module\.so at .*\.gone; install libnginx-mod-http-brotli-static/,
    );
    expect(brotliStatus('/usr/sbin/nginx', { NGINX_BROTLI_MODULE: 'off' }).message).toMatch(
      /brotli is off: .*\(NGINX_BROTLI_MODULE=off\)/,
    );
  });
});
