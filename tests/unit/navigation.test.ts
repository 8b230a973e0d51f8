import { describe, expect, it } from 'vitest';
import { navigation, type Navigation } from '@/lib/navigation';
import { compileFile } from '@/lib/content/library';

function allLinks(nav: Navigation) {
  const { header, footer } = nav;
  return [
    header.home,
    ...header.utility,
    header.cta,
    ...header.account.links,
    ...header.menus.flatMap((m) => [
      ...(m.overview ? [m.overview] : []),
      ...m.groups.flatMap((g) => g.links),
    ]),
    ...header.links,
    footer.cta,
    ...footer.social,
    ...footer.columns.flatMap((c) => c.links),
    footer.intro.link,
    footer.legal.rate,
  ];
}

describe('navigation data', () => {
  const en = navigation('en');
  const zh = navigation('zh-CN');

  it('has the five menus of the original site and the nine product categories', () => {
    expect(en.header.menus.map((m) => m.label)).toEqual([
      'AWS & Cloud Computing',
      'Products',
      'Developers',
      'Partners',
      'Support',
    ]);
    expect(en.header.menus[1]!.groups.map((g) => g.heading)).toHaveLength(9);
    expect(en.header.links.map((l) => l.label)).toEqual(['Startups', 'Resources', 'Contact Us']);
    expect(en.header.account.links.map((l) => l.label)).toContain('Security Credentials');
  });

  it('gives Chinese the same structure, with /en removed from the site’s own URLs', () => {
    const enLinks = allLinks(en);
    const zhLinks = allLinks(zh);
    expect(zhLinks).toHaveLength(enLinks.length);
    enLinks.forEach((link, i) => {
      const zhLink = zhLinks[i]!;
      expect(zhLink.label).not.toBe('');
      if (/^https:\/\/www\.amazonaws\.cn\/en\//.test(link.href)) {
        expect(zhLink.href).toBe(link.href.replace('amazonaws.cn/en/', 'amazonaws.cn/'));
      }
    });
    expect(zh.header.menus.map((m) => m.id)).toEqual(en.header.menus.map((m) => m.id));
  });

  it('translates the labels instead of copying the English ones', () => {
    expect(zh.header.menus.map((m) => m.label)).toEqual([
      'AWS 与云计算',
      '产品',
      '开发人员',
      '合作伙伴',
      '支持',
    ]);
    expect(zh.footer.columns.map((c) => c.heading)).not.toEqual(
      en.footer.columns.map((c) => c.heading),
    );
  });

  it('labels each legal page in the Chinese footer by the title the page itself has', async () => {
    // One label for one page: the footer's 隐私政策 is the page headed 隐私政策, not 隐私.
    for (const slug of ['terms', 'privacy', 'legal'] as const) {
      const { title } = (await compileFile(`content/${slug}/zh-CN.mdx`)).doc.frontmatter;
      expect(zh.footer.legal[slug]).toBe(title);
    }
  });
});
