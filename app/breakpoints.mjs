// The site's breakpoints, in one table. CSS custom properties cannot be used in @media, and the
// build's CSS pipeline (Turbopack's Lightning CSS) does not expand @custom-media, so every
// @media query writes the width itself and stylelint (stylelint.config.mjs) refuses any width
// that is not one of these. A "max-width" query names a breakpoint, or the width just below one
// (minus 0.01rem) when it pairs with a "min-width" query of it, so that exactly one of the pair
// matches at every width.
export const breakpoints = {
  /** Up to it, the footer's legal row and the filing line drop their "|" separators. */
  narrow: '30rem',
  /** From it, the header shows the whole navigation and its quick links in the bar. */
  tablet: '48rem',
  /** From it, the bilingual view sets the two texts side by side. */
  bilingual: '56rem',
  /** From it, the document's contents list stays beside the text. */
  desktop: '64rem',
};

/** The width a "max-width" query names for a breakpoint: just below it. */
export function below(width) {
  return `${Math.round((parseFloat(width) - 0.01) * 100) / 100}rem`;
}
