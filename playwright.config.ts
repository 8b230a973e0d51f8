// Browser tests run against the production build served by `next start` (or against any
// server given as BASE_URL), in Debian's Chromium: Playwright cannot download browsers here.
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.PORT ?? 3100);
const baseURL = process.env.BASE_URL ?? `http://127.0.0.1:${port}`;

export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
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
        // The server's own binary, so stopping it does not leave next-server behind.
        command: `node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`,
        url: `${baseURL}/en/`,
        reuseExistingServer: !process.env.CI,
        timeout: 60_000,
      },
});
