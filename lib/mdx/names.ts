// The one spelling of a name that becomes part of a URL or an HTML id, written once: a section
// id (`## What About Cookies? [#cookies]`), a document folder (`content/privacy/`). Lowercase
// ASCII letters and digits, in words joined by single hyphens, so the name is the same in every
// language, needs no escaping in a URL, and cannot be confused with another by case.
export const KEBAB_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
