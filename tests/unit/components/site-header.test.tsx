// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SiteHeader } from '@/components/site/site-header';
import { navigation } from '@/lib/navigation';

const siteScript = readFileSync('public/site.js', 'utf8');

function renderHeader(locale: 'en' | 'zh-CN' = 'en') {
  render(
    <SiteHeader
      locale={locale}
      path="privacy"
      regionName="China (Beijing) Region"
      languageNames={{ en: 'English', 'zh-CN': '中文（简体）' }}
      languageLabel="Language"
    />,
  );
}

function runSiteScript() {
  // The script as browsers run it, against the rendered document.
  new Function(siteScript)();
}

afterEach(cleanup);

describe('SiteHeader from data', () => {
  it('renders every header link of the navigation data with its URL', () => {
    renderHeader('en');
    const { header } = navigation('en');
    const hrefs = [...document.querySelectorAll('header a')].map((a) => a.getAttribute('href'));
    for (const menu of header.menus) {
      for (const link of menu.groups.flatMap((g) => g.links)) expect(hrefs).toContain(link.href);
    }
    for (const link of [...header.utility, header.cta, ...header.account.links, ...header.links]) {
      expect(hrefs).toContain(link.href);
    }
    expect(screen.getByRole('navigation', { name: header.mainLabel })).toBeTruthy();
  });

  it('works as plain HTML: every menu is a <details> with its links inside', () => {
    renderHeader('zh-CN');
    const products = screen.getByText('产品', { selector: 'summary' }).closest('details')!;
    expect(within(products as HTMLElement).getByText('Amazon EC2')).toBeTruthy();
    expect(document.querySelectorAll('button.disclosure__button[hidden]').length).toBe(7);
  });

  it('marks the current language and links the other one to the same page', () => {
    renderHeader('en');
    const chinese = screen.getByRole('link', { name: '中文（简体）' });
    expect(chinese.getAttribute('href')).toBe('/privacy/');
    expect(chinese.getAttribute('hreflang')).toBe('zh-CN');
    expect(chinese.getAttribute('lang')).toBe('zh-CN');
    expect(screen.getByRole('link', { name: 'English' }).getAttribute('aria-current')).toBe('true');
  });
});

describe('menus driven by site.js', () => {
  beforeEach(() => {
    renderHeader('en');
    runSiteScript();
  });

  // The menus sit in the navigation drawer, which is closed until the Menu button opens it
  // (on wide screens CSS shows the drawer's panel without it).
  const openDrawer = () => fireEvent.click(screen.getByRole('button', { name: 'Menu' }));

  it('turns each menu into a button with aria-expanded that opens its panel', () => {
    openDrawer();
    const button = screen.getByRole('button', { name: 'Products' });
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
  });

  it('opening one menu closes another, but not the drawer around it', () => {
    const drawer = screen.getByRole('button', { name: 'Menu' });
    fireEvent.click(drawer);
    const products = screen.getByRole('button', { name: 'Products' });
    const support = screen.getByRole('button', { name: 'Support' });
    fireEvent.click(products);
    fireEvent.click(support);
    expect(products.getAttribute('aria-expanded')).toBe('false');
    expect(support.getAttribute('aria-expanded')).toBe('true');
    expect(drawer.getAttribute('aria-expanded')).toBe('true');
  });

  it('Escape closes the open menu and returns focus to its button', () => {
    const button = screen.getByRole('button', { name: 'My Account' });
    fireEvent.click(button);
    const link = screen.getByRole('link', { name: /Security Credentials/ });
    link.focus();
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('a click outside closes the open menu', () => {
    openDrawer();
    const button = screen.getByRole('button', { name: 'Developers' });
    fireEvent.click(button);
    fireEvent.click(document.body);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('the text-size control driven by site.js', () => {
  const labels = {
    label: '字号',
    names: { standard: '标准', large: '大', largest: '特大' },
  };

  beforeEach(() => {
    localStorage.clear();
    document.documentElement.removeAttribute('data-text-size');
  });

  it('is hidden without the script, then shown, applied and remembered in localStorage', () => {
    render(
      <SiteHeader
        locale="zh-CN"
        path="privacy"
        regionName="中国（北京）区域"
        languageNames={{ en: 'English', 'zh-CN': '中文（简体）' }}
        languageLabel="语言"
        textSize={labels}
      />,
    );
    const group = document.querySelector<HTMLElement>('[data-text-size-control]')!;
    expect(group.hidden).toBe(true);
    runSiteScript();
    expect(group.hidden).toBe(false);
    expect(screen.getByRole('group', { name: '字号' })).toBe(group);
    const large = screen.getByRole('button', { name: '大' });
    fireEvent.click(large);
    expect(document.documentElement.getAttribute('data-text-size')).toBe('large');
    expect(large.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: '标准' }).getAttribute('aria-pressed')).toBe('false');
    expect(localStorage.getItem('text-size')).toBe('large');
    expect(document.cookie).toBe('');
    fireEvent.click(screen.getByRole('button', { name: '标准' }));
    expect(document.documentElement.hasAttribute('data-text-size')).toBe(false);
    expect(localStorage.getItem('text-size')).toBeNull();
  });

  it('ignores a stored value that is not one of the sizes', () => {
    localStorage.setItem('text-size', 'huge');
    renderHeader('en');
    runSiteScript();
    expect(document.documentElement.hasAttribute('data-text-size')).toBe(false);
  });
});
