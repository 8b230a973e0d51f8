// What the legal review of December 2026 settled about the published texts, beyond what the
// content rules can know: the English privacy policy is the 2017 source, unchanged in its words,
// and it is the text that prevails; the Chinese is a translation, revised on its own.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileFile } from '@/lib/content/library';
import { readableText } from '@/lib/checks/rules/terminology';

/** The words of a file's body: link addresses left out, spaces collapsed. */
function words(file: string): string {
  return readableText(readFileSync(file, 'utf8'))
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/\s+/g, ' ');
}

describe('the published privacy policy', () => {
  it('keeps the words of the 2017 English source (only link addresses may change)', () => {
    const digest = createHash('sha256').update(words('content/privacy/en.mdx')).digest('hex');
    expect(digest, 'the English privacy policy is the 2017 source: its text does not change').toBe(
      '0a17b596945d70f8a7ddb10f68fc489a08bd9b53905655aade7001304f56248a',
    );
  });

  it('prevails in English in both files, and the Chinese records its revisions', async () => {
    const en = await compileFile('content/privacy/en.mdx');
    const zh = await compileFile('content/privacy/zh-CN.mdx');
    expect(en.doc.frontmatter.prevailingLanguage).toBe('en');
    expect(zh.doc.frontmatter.prevailingLanguage).toBe('en');
    expect(en.doc.frontmatter.translationRevisions).toBeUndefined();
    expect(zh.doc.frontmatter.translationRevisions?.[0]?.date).toBe('2026-12-01');
  });
});
