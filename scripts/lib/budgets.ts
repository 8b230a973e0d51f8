// What a published page may weigh, gzipped: the export refuses a page over the JavaScript budget
// and `npm run bench` checks both on each server, so the two cannot drift apart.

/** JavaScript a page may load: /site.js is the only script, about 2.4 KB today. */
export const JS_BUDGET_BYTES = 5 * 1024;

/**
 * JavaScript a document's compare page may load: site.js and /compare.js (which draws any two
 * versions' comparison on the static export; about 6.5 KB, most of it the diff library).
 */
export const COMPARE_JS_BUDGET_BYTES = 12 * 1024;

/** The budget of a page, by its path: the compare pages have a script of their own. */
export const jsBudgetFor = (urlPath: string): number =>
  /\/compare\/$/.test(urlPath) ? COMPARE_JS_BUDGET_BYTES : JS_BUDGET_BYTES;

/** CSS a page may load: the one shared stylesheet, about 4.2 KB today. */
export const CSS_BUDGET_BYTES = 20 * 1024;
