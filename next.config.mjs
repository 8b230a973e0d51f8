// Next.js configuration. Language routing is done here with redirects and rewrites: Chinese
// pages live at the root (/privacy/) and are served from the [locale]=zh-CN tree; English pages
// live under /en/. No cookie and no Accept-Language sniffing.
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';
import { fileURLToPath } from 'node:url';
import createNextIntlPlugin from 'next-intl/plugin';
import { buildId } from './lib/build/build-id.mjs';
import { securityHeaders } from './lib/security-headers.mjs';

// Nothing the project runs sends data off the machine: the npm scripts set this too, and this
// line covers `next` run by hand, since Next.js reads the configuration before its telemetry.
process.env.NEXT_TELEMETRY_DISABLED = '1';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/**
 * A path with a percent sign that does not encode an ASCII character. Next.js answers such
 * paths with 500 (it fails to decode them and then fails to render its error page), and no page
 * of this site has one, so they are sent to the 404 page before any decoding happens. In
 * production the site's server never passes them on; this keeps `next dev` from failing too.
 */
const UNDECODABLE_PATH = '/:path(.*%(?![0-7][0-9A-Fa-f]).*)';

/**
 * The tests' copies of the project (tests/support/project-copy.ts, with SITE_COPY_BUILD=1) are of
 * the tree the same test run type-checks (npm run lint) and builds in full without a cache: they
 * skip the type check, and keep Turbopack's compile cache in their own .next/cache between their
 * builds (a copy built for one day, then for another, compiles once). Every other build, the
 * site's own and the benchmark's, is a whole cold build.
 */
const copyBuild = process.env.SITE_COPY_BUILD === '1';

/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) => ({
  // Removes the framework's client scripts from every prerendered page (see the file).
  adapterPath: fileURLToPath(new URL('./lib/build/framework-free-html.mjs', import.meta.url)),
  // Derived from the commit and the sources, not random: two builds of one commit are the same
  // (see lib/build/build-id.mjs and docs/releases.md).
  generateBuildId: async () => buildId(),
  trailingSlash: true,
  // Files ending in .dev.ts are routes under `next dev` only (app/preview-changes/route.dev.ts,
  // which the preview polls to reload on save); a production build does not have them.
  pageExtensions:
    phase === PHASE_DEVELOPMENT_SERVER
      ? ['tsx', 'ts', 'jsx', 'js', 'dev.ts']
      : ['tsx', 'ts', 'jsx', 'js'],
  // In production the site's server (lib/http/site-server.ts) makes every redirect, with the
  // security headers, before Next.js sees a request; the development server keeps its own.
  skipTrailingSlashRedirect: phase !== PHASE_DEVELOPMENT_SERVER,
  // The site has no images to optimize: /_next/image is a surface it does not need.
  images: { unoptimized: true },
  poweredByHeader: false,
  // `next dev` serves its scripts and live updates only to pages opened at localhost; an editor
  // who opens the address it prints as "Network" (127.0.0.1) would get a page that never
  // updates and a blank one on an error. The server binds the loopback address only.
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  reactStrictMode: true,
  ...(copyBuild && {
    typescript: { ignoreBuildErrors: true },
    experimental: { turbopackFileSystemCacheForBuild: true },
  }),
  async headers() {
    // Every response: pages, 404s, assets and redirects.
    const csp = phase !== PHASE_DEVELOPMENT_SERVER;
    return [{ source: '/:path*', headers: securityHeaders({ csp }) }];
  },
  async rewrites() {
    return {
      // An unmatched route, so it ends on the prerendered 404 page.
      beforeFiles: [{ source: UNDECODABLE_PATH, destination: '/zh-CN/_/undecodable/' }],
      // After public files and static routes, before dynamic ones: every path that is not
      // English or a framework asset is a Chinese page.
      afterFiles: [
        { source: '/', destination: '/zh-CN/' },
        { source: '/:path((?!en/|en$|_next/).*)', destination: '/zh-CN/:path' },
      ],
    };
  },
});

/** @param {string} phase */
const config = (phase) => withNextIntl(nextConfig(phase));

export default config;
