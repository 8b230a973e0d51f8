// Browser tests run against the production build served by the site's server, as `npm start`
// runs it (or against any server given as BASE_URL), in Debian's Chromium: Playwright cannot download browsers here.
import { defineConfig, devices } from '@playwright/test';
import { SERVER_ARGS } from './tests/support/production-server';
import { chromiumLaunch } from './tests/support/chromium';
import { HOST_ONLY_RUN } from './tests/support/host-run';

const port = Number(process.env.PORT ?? 3100);
const baseURL = process.env.BASE_URL ?? `http://127.0.0.1:${port}`;

/**
 * The specs that test what a host does itself (routing, redirects, status codes, headers,
 * encodings, errors, caching, hostile requests, what crawlers and feed readers are answered):
 * against another server (BASE_URL, e.g. nginx with the export) only these run. The others read
 * pages in the browser; they run against the site's server, and tests/system/export-parity.test.ts
 * proves nginx sends the same bytes and headers for every page and file. SPECS=all runs every
 * spec against BASE_URL anyway.
 */
export const HOST_SPECS = [
  'routing',
  'security',
  'http-edge-cases',
  'request-fuzz',
  'pdf',
  'seo',
  'versions',
  'links',
  'record',
  // The comparison of any two versions is the host's own on the export: nginx's rules, range.css
  // and compare.js draw it there.
  'compare',
].map((name) => `${name}.spec.ts`);

export default defineConfig({
  testDir: 'tests/e2e',
  ...(HOST_ONLY_RUN ? { testMatch: HOST_SPECS } : {}),
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL,
    // The HTTPS run uses a throwaway certificate that only Node is told to trust.
    ignoreHTTPSErrors: baseURL.startsWith('https:'),
    launchOptions: chromiumLaunch,
    trace: 'off',
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch } },
  ],
  webServer: process.env.BASE_URL
    ? undefined
    : {
        // Node itself with tsx's loader, so stopping it stops the server.
        command: `node ${SERVER_ARGS.join(' ')}`,
        env: { PORT: String(port), HOST: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1' },
        url: `${baseURL}/en/`,
        reuseExistingServer: !process.env.CI,
        timeout: 60_000,
      },
});
