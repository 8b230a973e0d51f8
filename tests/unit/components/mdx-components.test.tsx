// A document's MDX components reach it as a prop, never through React context (ARCHITECTURE.md,
// "MDX components are passed, not provided"): Server Components have no context, so
// @mdx-js/react's MDXProvider cannot serve them. Two texts on one page (the bilingual view) each
// get their own language and id prefix, and the compiled code calls no hook, so the bilingual
// view may call it as a plain function to split it into sections.
import { run } from '@mdx-js/mdx';
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import * as runtime from 'react/jsx-runtime';
import { describe, expect, it } from 'vitest';
import { mdxComponents } from '@/components/document/mdx-components';
import { compileDocument } from '@/lib/mdx/compile';
import { splitSections } from '@/lib/pages/split-sections';

const front =
  '---\ntitle: T\ndescription: D\nlastUpdated: 2020-01-01\nprevailingLanguage: zh-CN\n---\n';
const body = 'This policy applies.\n\n## Cookies [#cookies]\n\nSee [the terms](/terms/#law).\n';

async function compiled() {
  const doc = await compileDocument(`${front}\n${body}`, 'content/sample/en.mdx');
  const { default: Content } = await run(doc.code, { ...runtime, baseUrl: import.meta.url });
  return { doc, Content };
}

const forText = (locale: 'en' | 'zh-CN', idPrefix = '') =>
  mdxComponents({ locale, legacyAnchors: {}, sectionLinkLabel: (t) => `§ ${t}`, idPrefix });

describe('MDX components, passed as a prop', () => {
  it('give two texts on one page their own language and ids', async () => {
    const { Content } = await compiled();
    const html = renderToStaticMarkup(
      <>
        <Content components={forText('en')} />
        <Content components={forText('zh-CN', 'zh-CN.')} />
      </>,
    );
    expect(html).toContain('id="cookies"');
    expect(html).toContain('id="zh-CN.cookies"');
    expect(html).toContain('href="/en/terms/#law"');
    expect(html).toContain('href="/terms/#law"');
  });

  it('are all a compiled document reads: no provider import, no hook', async () => {
    const { doc, Content } = await compiled();
    expect(doc.code).not.toMatch(/useMDXComponents|_provideComponents|@mdx-js\/react/);
    // Called outside React's render, as splitSections does: a hook would throw here.
    expect(splitSections(Content, forText('en')).map((part) => part.id)).toEqual(['', 'cookies']);
  });

  it('need no @mdx-js/react: it is not a dependency', () => {
    const { dependencies = {}, devDependencies = {} } = JSON.parse(
      readFileSync('package.json', 'utf8'),
    ) as Record<string, Record<string, string> | undefined>;
    expect(Object.keys({ ...dependencies, ...devDependencies })).not.toContain('@mdx-js/react');
  });
});
