// How every browser the project drives is launched: Debian's Chromium (Playwright cannot
// download its own here), headless, with the background networking that would flood this
// closed network switched off. The browser tests, the benchmark, the screenshot comparison and
// the icon renderer all use it.
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
