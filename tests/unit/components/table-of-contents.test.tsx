// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TableOfContents } from '@/components/document/table-of-contents';

afterEach(cleanup);

const entries = [
  { id: 'information-we-gather', title: '我们收集哪些信息？', level: 2 as const, line: 1 },
  { id: 'cookies', title: 'Cookie 是什么？', level: 2 as const, line: 2 },
  { id: 'examples-mobile', title: '移动设备', level: 3 as const, line: 3 },
];

describe('TableOfContents', () => {
  it('is a labelled navigation landmark of links to each section, subsections nested', () => {
    render(<TableOfContents entries={entries} title="目录" />);
    const nav = screen.getByRole('navigation', { name: '目录' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#information-we-gather',
      '#cookies',
      '#examples-mobile',
    ]);
    const cookies = within(nav).getByRole('link', { name: 'Cookie 是什么？' }).closest('li');
    expect(within(cookies as HTMLElement).getByRole('link', { name: '移动设备' })).toBeTruthy();
  });

  it('renders nothing for a document without sections', () => {
    const { container } = render(<TableOfContents entries={[]} title="Contents" />);
    expect(container.innerHTML).toBe('');
  });
});
