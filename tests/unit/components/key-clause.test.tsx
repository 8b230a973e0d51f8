// The <Key> mark of a document: written in MDX, rendered as <strong class="key-clause"> in both
// languages and counted as ordinary text by the redline outline.
import { run } from '@mdx-js/mdx';
import { renderToStaticMarkup } from 'react-dom/server';
import * as runtime from 'react/jsx-runtime';
import { describe, expect, it } from 'vitest';
import { mdxComponents } from '@/components/document/mdx-components';
import { compileDocument } from '@/lib/mdx/compile';
import { documentComponentNames } from '@/lib/mdx/document-components';

const front =
  '---\ntitle: T\ndescription: D\nlastUpdated: 2020-01-01\nprevailingLanguage: zh-CN\n---\n';

async function render(body: string, locale: 'en' | 'zh-CN' = 'en') {
  const doc = await compileDocument(`${front}\n${body}\n`, 'content/sample/en.mdx');
  const { default: Content } = await run(doc.code, { ...runtime, baseUrl: import.meta.url });
  const components = mdxComponents({ locale, legacyAnchors: {}, sectionLinkLabel: (t) => t });
  return { html: renderToStaticMarkup(<Content components={components} />), doc };
}

describe('<Key>', () => {
  it('marks words inside a paragraph as a key clause', async () => {
    const { html } = await render('We are <Key>not liable for indirect damages</Key> here.');
    expect(html).toBe(
      '<p>We are <strong class="key-clause">not liable for indirect damages</strong> here.</p>',
    );
  });

  it('keeps a paragraph that is one key clause a paragraph, in Chinese too', async () => {
    const { html, doc } = await render('<Key>本条款适用中国法律。</Key>', 'zh-CN');
    expect(html).toBe('<p><strong class="key-clause">本条款适用中国法律。</strong></p>');
    expect(doc.outline[0]?.blocks).toEqual([
      { kind: 'paragraph', text: '本条款适用中国法律。', keys: [[0, 10]] },
    ]);
  });

  it('is the one component documents may use, and every page renders it', () => {
    const components = mdxComponents({
      locale: 'en',
      legacyAnchors: {},
      sectionLinkLabel: (t) => t,
    });
    expect(documentComponentNames).toEqual(['Key']);
    for (const name of documentComponentNames) expect(components[name]).toBeDefined();
  });
});
