// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FilingLine } from '@/components/site/filing-line';
import { LegalLinks } from '@/components/site/legal-links';
import { navigation } from '@/lib/navigation';
import en from '@/locales/en.json';
import zh from '@/locales/zh-CN.json';
import { filings } from '@/lib/site-config';

afterEach(cleanup);

describe('FilingLine', () => {
  it('shows both filing numbers from configuration, linked to their registries', () => {
    render(<FilingLine />);
    const record = screen.getByRole('link', { name: filings.publicSecurity.number });
    expect(record.getAttribute('href')).toBe(filings.publicSecurity.href);
    expect(record.querySelector('img')?.getAttribute('src')).toBe(
      '/icons/public-security-emblem.svg',
    );
    const icp = screen.getByRole('link', { name: '京ICP备06062228号-7' });
    expect(icp.getAttribute('href')).toBe('https://beian.miit.gov.cn/');
  });
});

describe('LegalLinks', () => {
  it('names the feed by its format, Atom, in both languages (never RSS)', () => {
    expect(en.feed.link).toBe('Legal updates (Atom feed)');
    expect(zh.feed.link).toBe('法律文件更新（Atom 订阅）');
    expect(`${en.feed.link}${zh.feed.link}`).not.toMatch(/RSS/i);
  });

  it('links published documents to this site in the page language, the rest to the original', () => {
    const feed = { label: en.feed.link, href: '/en/feed.xml' };
    render(
      <LegalLinks
        locale="en"
        legal={navigation('en').footer.legal}
        published={['privacy']}
        feed={feed}
      />,
    );
    expect(screen.getByRole('link', { name: 'Privacy' }).getAttribute('href')).toBe('/en/privacy/');
    expect(screen.getByRole('link', { name: feed.label }).getAttribute('href')).toBe(feed.href);
    expect(screen.getByRole('link', { name: 'Site Terms' }).getAttribute('href')).toBe(
      'https://www.amazonaws.cn/en/terms/',
    );
    expect(screen.getByRole('link', { name: 'Rate this Page' }).getAttribute('href')).toContain(
      'qualtrics',
    );
  });

  it('uses the Chinese URLs on Chinese pages', () => {
    const legal = navigation('zh-CN').footer.legal;
    const feed = { label: zh.feed.link, href: '/feed.xml' };
    render(
      <LegalLinks locale="zh-CN" legal={legal} published={['privacy', 'terms']} feed={feed} />,
    );
    expect(screen.getByRole('link', { name: legal.terms }).getAttribute('href')).toBe('/terms/');
    expect(screen.getByRole('link', { name: legal.legal }).getAttribute('href')).toBe(
      'https://www.amazonaws.cn/legal/',
    );
  });
});
