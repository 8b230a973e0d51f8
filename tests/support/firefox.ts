// Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi (Playwright can drive only
// its own patched Firefox build, which cannot be downloaded here). The profile turns off every
// feature that phones home, and a dead proxy on 127.0.0.1:9 takes any request that is not for
// 127.0.0.1, so the browser can load nothing but the site under test.
import puppeteer, { type Browser } from 'puppeteer-core';

export const BASE_URL = process.env.BASE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3100}`;

const offline: Record<string, string | number | boolean> = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.socks': '127.0.0.1',
  'network.proxy.socks_port': 9,
  'network.proxy.no_proxies_on': '127.0.0.1',
  'network.proxy.allow_hijacking_localhost': false,
  'network.trr.mode': 5,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'app.update.auto': false,
  'app.update.enabled': false,
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.search.update': false,
  'browser.region.update.enabled': false,
  'browser.region.network.url': '',
  'browser.newtabpage.enabled': false,
  'browser.startup.homepage': 'about:blank',
  'browser.discovery.enabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.blocklist.enabled': false,
  'geo.provider.network.url': '',
  'media.gmp-manager.url': '',
  'services.settings.server': 'http://127.0.0.1:9/',
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
};

export function launchFirefox(
  prefs: Record<string, string | number | boolean> = {},
): Promise<Browser> {
  const origin = new URL(BASE_URL);
  if (origin.hostname !== '127.0.0.1')
    throw new Error(`Firefox loads only 127.0.0.1, not ${origin}`);
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: { ...offline, ...prefs },
  });
}
