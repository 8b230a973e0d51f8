// The id that makes an old fragment land without JavaScript while staying valid HTML.
//
// Links made for the original pages point at fragments with spaces (#What About Cookies), and an
// HTML id must not contain ASCII whitespace. A browser never looks for the spaced form, though:
// the URL parser percent-encodes a fragment's spaces (and other characters of the fragment
// percent-encode set, and non-ASCII), so `href="#What About Cookies"` and
// `#What%20About%20Cookies` both become the fragment "What%20About%20Cookies". The HTML spec's
// "indicated part of the document" first looks for an element whose id equals that raw
// fragment, and only then for its percent-decoded form. An id spelled exactly as the URL
// parser serializes the fragment therefore matches first, in Chromium and Firefox alike, and
// contains no whitespace. Fragments without ASCII whitespace keep their own spelling (the
// decoded match finds them).
const ASCII_WHITESPACE = /[\t\n\f\r ]/;

export function legacyAnchorId(fragment: string): string {
  if (!ASCII_WHITESPACE.test(fragment)) return fragment;
  return new URL('#' + fragment, 'https://example.invalid/').hash.slice(1);
}
