import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listDocuments, loadDocument } from '@/lib/content/library';
import { ContentError } from '@/lib/mdx/problem';

const doc = (title: string) =>
  `---\ntitle: ${title}\ndescription: A test document.\nlastUpdated: 2021-05-01\nprevailingLanguage: zh-CN\n---\n\n## One [#one]\n\nText.\n`;

let dir = '';
async function fixture(files: Record<string, string>) {
  dir = await mkdtemp(path.join(tmpdir(), 'content-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('listDocuments', () => {
  it('publishes every folder that has both language files, sorted', async () => {
    const root = await fixture({
      'zeta/en.mdx': doc('Zeta'),
      'zeta/zh-CN.mdx': doc('泽塔'),
      'alpha/en.mdx': doc('Alpha'),
      'alpha/zh-CN.mdx': doc('阿尔法'),
      '_drafts/en.mdx': doc('Draft'),
    });
    expect(await listDocuments(root)).toEqual(['alpha', 'zeta']);
  });

  it('stops on a document that lacks a language, naming the missing file', async () => {
    const root = await fixture({ 'terms/en.mdx': doc('Terms') });
    const error = await listDocuments(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toContain(
      'zh-CN.mdx:1:1  the zh-CN version of "terms" is missing',
    );
  });

  it('stops on a folder name that cannot be a URL', async () => {
    const root = await fixture({ 'Site Terms/en.mdx': doc('T'), 'Site Terms/zh-CN.mdx': doc('T') });
    const error = await listDocuments(root).catch((e: unknown) => e);
    expect((error as ContentError).problems[0]?.message).toContain(
      '"Site Terms" is not a valid URL name',
    );
  });
});

describe('the published content', () => {
  it('has the privacy policy in both languages with the same sections in the same order', async () => {
    expect(await listDocuments()).toContain('privacy');
    const en = await loadDocument('privacy', 'en');
    const zh = await loadDocument('privacy', 'zh-CN');
    expect(en.frontmatter.title).toBe('Privacy Policy');
    expect(zh.frontmatter.title).toBe('隐私政策');
    expect(zh.toc.map((e) => [e.id, e.level])).toEqual(en.toc.map((e) => [e.id, e.level]));
    expect(en.toc.map((e) => e.id)).toContain('cookies');
    expect(zh.frontmatter.lastUpdated).toBe(en.frontmatter.lastUpdated);
    expect(zh.frontmatter.legacyAnchors).toEqual(en.frontmatter.legacyAnchors);
  });

  it('maps every legacy fragment of the original page to a section that exists', async () => {
    const en = await loadDocument('privacy', 'en');
    const ids = new Set(en.toc.map((e) => e.id));
    const legacy = en.frontmatter.legacyAnchors ?? {};
    expect(Object.keys(legacy).length).toBe(12);
    for (const id of Object.keys(legacy)) expect(ids).toContain(id);
  });
});
