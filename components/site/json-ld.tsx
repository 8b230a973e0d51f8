// Structured data for search engines, written so that no text in it can end the script element.
type Props = { data: object };

/**
 * JSON with "<", ">" and "&" written as \u escapes (still the same JSON once parsed), so a title
 * containing "</script>" cannot close the element and inject markup.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function JsonLd({ data }: Props) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
