// What a published page may weigh, gzipped: the export refuses a page over the JavaScript budget
// and `npm run bench` checks both on each server, so the two cannot drift apart.

/** JavaScript a page may load: /site.js is the only script, about 2.4 KB today. */
export const JS_BUDGET_BYTES = 5 * 1024;

/** CSS a page may load: the one shared stylesheet, about 4.2 KB today. */
export const CSS_BUDGET_BYTES = 20 * 1024;
