import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JsonLd, serializeJsonLd } from '@/components/site/json-ld';

const hostile = {
  name: '</script><script>alert(1)</script>',
  description: 'Quotes " and \' and an ampersand & and <!-- a comment',
  line: 'separators \u2028 and \u2029',
};

describe('JSON-LD', () => {
  it('writes no character that could end the script element, and parses back unchanged', () => {
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(hostile);
  });

  it('renders one script element whose content is the escaped JSON', () => {
    const html = renderToStaticMarkup(<JsonLd data={hostile} />);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain('</script><script>');
    const body = /^<script type="application\/ld\+json">(.*)<\/script>$/.exec(html)?.[1] ?? '';
    expect(JSON.parse(body)).toEqual(hostile);
  });
});
