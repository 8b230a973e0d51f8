// Facts about the site that are configuration, not presentation: filing numbers shown in the
// footer of every page. Changing a number here changes every page at the next build.
export const filings = {
  /** MIIT ICP filing (ICP备案): shown with a link to the MIIT filing system. */
  icp: {
    number: '京ICP备06062228号-7',
    href: 'https://beian.miit.gov.cn/',
  },
  /** Ministry of Public Security record (公安备案): shown with its emblem and record link. */
  publicSecurity: {
    number: '京公网安备11010102001339号',
    href: 'http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010102001339',
    emblem: '/icons/public-security-emblem.svg',
  },
} as const;

/**
 * The original AWS China site, whose menus and footer this site keeps: its pages that are not
 * published here (and the default of SITE_URL) are on this origin.
 */
export const ORIGINAL_SITE = 'https://www.amazonaws.cn';

/**
 * The public origin of the site. It comes from configuration, never from a request, so no
 * request header can change a URL the site writes.
 */
export const siteUrl = readSiteUrl(process.env.SITE_URL);

function readSiteUrl(value = ORIGINAL_SITE): string {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL must be an origin such as https://www.amazonaws.cn (scheme and host, no path); got "${value}"`,
    );
  }
  return url.origin;
}

/** The absolute URL of a path on the site: absoluteUrl('/en/privacy/'). */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl).href;
}

/** Hosts that serve this site's pages: a document's full address on them is a link to itself. */
export const ownHosts: readonly string[] = [
  ...new Set([new URL(siteUrl).host, new URL(ORIGINAL_SITE).host, 'amazonaws.cn']),
];

/**
 * For how many days after its lastUpdated a document opens with a notice of the change
 * (UPDATE_NOTICE_DAYS at build time, 30 by default). The notice states the date, so it stays
 * true on a page built earlier and served later.
 */
export const updateNoticeDays = readNoticeDays(process.env.UPDATE_NOTICE_DAYS);

function readNoticeDays(value = '30'): number {
  if (!/^\d{1,4}$/.test(value)) {
    throw new Error(`UPDATE_NOTICE_DAYS must be a whole number of days such as 30; got "${value}"`);
  }
  return Number(value);
}
