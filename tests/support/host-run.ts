// Whether the browser tests run against another server (BASE_URL, e.g. nginx with the export)
// with only what a host does itself: playwright.config.ts then picks the host's own specs
// (HOST_SPECS), and a spec that mixes both kinds skips its page-reading tests. SPECS=all runs
// every test against BASE_URL anyway.
export const HOST_ONLY_RUN = !!process.env.BASE_URL && process.env.SPECS !== 'all';
