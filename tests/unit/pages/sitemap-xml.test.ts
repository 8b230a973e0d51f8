import { describe, expect, it } from 'vitest';
import { sitemapXml } from '@/lib/pages/sitemap-xml';

describe('sitemapXml', () => {
  const xml = sitemapXml([
    {
      url: 'https://www.amazonaws.cn/en/privacy/',
      lastModified: '2017-03-09',
      alternates: {
        'zh-CN': 'https://www.amazonaws.cn/privacy/',
        en: 'https://www.amazonaws.cn/en/privacy/?a=1&b=2',
      },
    },
  ]);

  it('writes loc, then lastmod, then the xhtml:link extensions, as the sitemaps.org XSD wants', () => {
    const url = /<url>([\s\S]*?)<\/url>/.exec(xml)![1]!;
    const order = [...url.matchAll(/<([a-z:]+)[ >]/g)].map((m) => m[1]);
    expect(order).toEqual(['loc', 'lastmod', 'xhtml:link', 'xhtml:link']);
  });

  it('declares both namespaces and escapes URLs', () => {
    expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml).toContain('href="https://www.amazonaws.cn/en/privacy/?a=1&amp;b=2"');
  });
});
