// The generated nginx configuration as text: the TLS profile, the redirecting HTTP server, the
// one headers snippet, and no decoded input in any redirect.
import { describe, expect, it } from 'vitest';
import { cachePolicy } from '@/lib/http/cache-policy.mjs';
import { securityHeaders } from '@/lib/security-headers.mjs';
import { HEADERS_SNIPPET, headersSnippet, serverBlock } from '@/lib/host/nginx-config';

const tls = {
  listen: '443',
  certificate: '/etc/site/tls/fullchain.pem',
  certificateKey: '/etc/site/tls/privkey.pem',
  origin: 'https://www.amazonaws.cn',
  redirectListen: '80',
};
const plain = serverBlock({ root: '/srv/site', includeDir: '/etc/site', listen: '8080' });
// For Debian's nginx; the form for 1.25.1 and later is in nginx-options.test.ts.
const https = serverBlock({
  root: '/srv/site',
  includeDir: '/etc/site',
  tls,
  nginxVersion: '1.22.1',
});

/** The servers of a configuration, as text. */
function servers(config: string): string[] {
  return config.split(/^server \{$/m).slice(1);
}

describe('headers snippet', () => {
  const snippet = headersSnippet();

  it('adds every security header once, and Cache-Control and Allow from variables', () => {
    const added = [...snippet.matchAll(/^add_header (\S+) /gm)].map((m) => m[1]);
    expect(added).toEqual([...securityHeaders().map((h) => h.key), 'Cache-Control', 'Allow']);
    for (const { key, value } of securityHeaders()) {
      if (key !== 'Strict-Transport-Security')
        expect(snippet).toContain(`${key} "${value}" always;`);
    }
    expect(snippet).toContain('add_header Strict-Transport-Security $site_hsts always;');
  });

  it('is the only place that adds headers: every server includes it, no location adds one', () => {
    for (const config of [plain, https]) {
      expect(config).not.toMatch(/add_header/);
      for (const server of servers(config)) {
        expect(server).toContain(`include /etc/site/${HEADERS_SNIPPET};`);
      }
    }
  });
});

describe('cache policy', () => {
  it('maps status and path to the values of lib/http/cache-policy.mjs, nothing else', () => {
    const map = /map "\$status:\$uri" \$site_cache_control \{([\s\S]*?)\n\}/.exec(plain)![1]!;
    const values = new Set([...map.matchAll(/ "([^"~]+)";/g)].map((m) => m[1]));
    expect([...values].sort()).toEqual(
      [
        cachePolicy.document,
        cachePolicy.immutable,
        cachePolicy.notFound,
        cachePolicy.redirect,
        cachePolicy.refused,
      ].sort(),
    );
    expect(plain).not.toMatch(/must-revalidate/);
  });
});

describe('HTTPS', () => {
  const [site, redirect] = servers(https);

  it('serves HTTP/2 over TLS 1.2 and 1.3 with the ECDHE AEAD suites of Mozilla intermediate', () => {
    expect(site).toContain('listen 443 ssl http2;');
    expect(site).toContain('ssl_protocols TLSv1.2 TLSv1.3;');
    expect(site).toContain(`ssl_certificate ${tls.certificate};`);
    expect(site).toContain(`ssl_certificate_key ${tls.certificateKey};`);
    const ciphers = /ssl_ciphers (\S+);/.exec(site!)![1]!.split(':');
    expect(ciphers.length).toBeGreaterThan(0);
    for (const cipher of ciphers)
      expect(cipher).toMatch(/^ECDHE-(ECDSA|RSA)-(AES\d+-GCM|CHACHA20)/);
    expect(site).toContain('ssl_session_tickets off;');
  });

  it('has an HTTP server that only redirects to the configured origin, with 301', () => {
    expect(redirect).toContain('listen 80;');
    expect(redirect).not.toMatch(/\blocation\b|\broot\b|try_files/);
    const returns = [...redirect!.matchAll(/return (\d+) (\S+);/g)];
    expect(returns.length).toBeGreaterThan(0);
    for (const [, status, target] of returns) {
      expect(status).toBe('301');
      expect(target!.startsWith(`${tls.origin}/`) || target!.startsWith(`${tls.origin}$`)).toBe(
        true,
      );
    }
  });

  it('sends HSTS over HTTPS only when it terminates TLS itself; always as a CDN origin', () => {
    const hsts = (config: string) => /map \$scheme \$site_hsts \{([\s\S]*?)\}/.exec(config)![1]!;
    expect(hsts(https)).toMatch(/https "max-age=\d+; includeSubDomains";\s+default "";/);
    expect(hsts(plain)).toMatch(/default "max-age=\d+; includeSubDomains";/);
  });
});

describe('redirects', () => {
  it.each([
    ['plain', plain],
    ['https', https],
  ])('(%s) copy nothing decoded into Location: no $uri, $1, $args or $request_filename', (_, c) => {
    const returns = [...c.matchAll(/return (30[178]|301) ([^;]+);/g)].map((m) => m[2]!);
    expect(returns.length).toBeGreaterThan(3);
    for (const target of returns) {
      const variables = target.match(/\$\w+/g) ?? [];
      for (const variable of variables) expect(variable).toMatch(/^\$site_/);
    }
    expect(c).toMatch(/error_page 497 =301 |listen 8080;/);
  });

  it('build Location only from the encoded request, and only from characters safe to echo', () => {
    expect(plain).toMatch(/map \$request_uri \$site_path \{/);
    const safe = /"~\^\(\?<p>\/\(\?!\[\/\\x5c\]\|%2\[Ff\]\|%5\[Cc\]\)\[A-Za-z0-9._~%\/-\]\*\)/;
    expect(plain).toMatch(safe);
  });
});
