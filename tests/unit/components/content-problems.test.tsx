// The preview's content-problems panel: under `next dev` it lists the problems of the document
// shown, in the page's language, and counts the rest; in a production build it renders nothing,
// even over content with problems (the build refuses such content anyway).
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentProblems } from '@/components/preview/content-problems';
import type { Locale } from '@/i18n/routing';

// The panel's real messages through next-intl's own formatter, without a Next.js request.
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const catalogue = {
    en: (await import('@/locales/en.json')).default,
    'zh-CN': (await import('@/locales/zh-CN.json')).default,
  };
  return {
    getTranslations: async ({ locale, namespace }: { locale: Locale; namespace: 'preview' }) =>
      createTranslator({ locale, messages: catalogue[locale], namespace }),
  };
});

// Eight link problems, all in doc/; other/ has none.
const FIXTURE = 'tests/fixtures/content/rules/internal-links';

async function html(env: string, locale: 'en' | 'zh-CN', path: string) {
  vi.stubEnv('NODE_ENV', env);
  const element = await ContentProblems({ locale, path });
  return element ? renderToStaticMarkup(element as ReactElement) : null;
}

beforeEach(() => {
  vi.stubEnv('CONTENT_DIR', FIXTURE);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('ContentProblems', () => {
  it('lists the problems of the document shown, each as path:line:column, rule, message and hint', async () => {
    const page = await html('development', 'en', 'doc');
    expect(page).toContain('Content checks: 8 problems in this document');
    expect(page).toContain(
      `<code class="content-problems__place">${FIXTURE}/doc/en.mdx:10:3</code> <code class="content-problems__rule">[internal-links]</code> <span class="content-problems__message">link &quot;/missing-page/&quot; leads to no page of this site</span><span class="content-problems__hint">Hint: this site&#x27;s documents are`,
    );
    expect(page?.match(/<li /g)).toHaveLength(8);
  });

  it('speaks the page’s language, and counts the problems of the other documents', async () => {
    const page = await html('development', 'zh-CN', 'other/history');
    expect(page).toContain('内容检查：本文档没有问题。');
    expect(page).toContain('其他文档还有 8 个问题，请运行 npm run check:content 查看。');
    expect(page).not.toContain('<li');
  });

  it('renders nothing in a production build, even over content with problems', async () => {
    expect(await html('production', 'en', 'doc')).toBeNull();
    expect(await html('test', 'zh-CN', 'doc')).toBeNull();
  });
});
