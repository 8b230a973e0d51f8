// Lints the stylesheets (npm run lint): stylelint's standard rules, plus the house rules of
// docs/styles.md: class names are their owner's (BEM-like), and every @media width is a
// breakpoint of app/breakpoints.mjs.
import { below, breakpoints } from './app/breakpoints.mjs';

const widths = Object.values(breakpoints);
// A block (the owner, kebab-case), then an optional __element and an optional --modifier.
const word = '[a-z][a-z0-9]*(?:-[a-z0-9]+)*';
const classPattern = new RegExp(`^${word}(?:__${word})?(?:--${word})?$`);

/** @type {import('stylelint').Config} */
const config = {
  extends: ['stylelint-config-standard'],
  // Only the stylesheets written here: not the build's, the export's or a release's copies.
  ignoreFiles: ['.next/**', 'out/**', 'releases/**', 'node_modules/**', 'tests/screenshots/**'],
  rules: {
    'selector-class-pattern': [
      classPattern,
      {
        message: (name) =>
          `Class "${name}" is not block, block__element or block--modifier (kebab-case), with the block named after its owner (docs/styles.md)`,
      },
    ],
    'media-feature-name-value-allowed-list': [
      {
        'min-width': widths,
        'max-width': [...widths, ...widths.map(below)],
      },
      {
        message: (name, value) =>
          `@media ${name}: ${value} is not a breakpoint of app/breakpoints.mjs (${widths.join(', ')}, or just below one for max-width)`,
      },
    ],
    // Next.js inlines the imports of app/globals.css into one file: no url() is ever fetched,
    // and a plain string is how its documentation writes them.
    'import-notation': 'string',
    // Font names keep their own capitals (they are names, not keywords), also in the custom
    // properties that hold the font stacks.
    'value-keyword-case': ['lower', { ignoreProperties: ['/^--sans-/'] }],
    // The queries name their widths as min-width and max-width (as the breakpoint table does),
    // so that a pair reads as "from" and "up to"; the range syntax would say the same.
    'media-feature-range-notation': 'prefix',
    // Text sizes in rem or em only, so the header's text-size control (it sets the root's size)
    // scales every text at every width: a size in vw or px ignores it (pt is for paper).
    'declaration-property-unit-disallowed-list': [
      {
        'font-size': ['px', 'vw', 'vh', 'vmin', 'vmax', 'vi', 'vb', 'cqw', 'cqi'],
        'line-height': ['px', 'vw'],
      },
      {
        message: (property, unit) =>
          `${property} in ${unit} does not follow the text-size control: write it in rem or em (docs/styles.md)`,
      },
    ],
  },
};

export default config;
