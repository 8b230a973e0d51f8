// What the legal review of December 2026 settled about the published texts, beyond what the
// content rules can know: the English privacy policy is the 2017 source, unchanged in its words,
// and it is the text that prevails; the Chinese is a translation, revised on its own.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileFile, listDocuments } from '@/lib/content/library';
import { loadPublications } from '@/lib/versions/publications';
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
      'db7921e654b63c3ef599f6727189241c45a311a59d3715e1f10577beecbf938b',
    );
  });

  it('opens with the source page’s own date line, and differs from the text kept for 2026-12-01 by it alone', () => {
    const now = words('content/privacy/en.mdx');
    expect(now.startsWith(' *Last updated: March 9, 2017.* The Amazon Web Services')).toBe(true);
    const kept = words('content/privacy/publications/2026-12-01/en.mdx');
    expect(now).toBe(` *Last updated: March 9, 2017.*${kept}`);
  });

  it('is dated by its source: no effective date, and a publication record for every document', async () => {
    for (const locale of ['en', 'zh-CN']) {
      const { frontmatter } = (await compileFile(`content/privacy/${locale}.mdx`)).doc;
      expect(frontmatter.dateSource).toBe('source');
      expect(frontmatter.effective).toBeUndefined();
    }
    for (const slug of await listDocuments()) {
      const { record } = await loadPublications(`content/${slug}`);
      expect(record, `content/${slug}/publications.yaml`).toBeDefined();
    }
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

describe('the key clauses of every published text', () => {
  it('reach the outline the redline compares, each mark with the words it holds', async () => {
    const { documentsWithVersions, fileOf } = await import('@/lib/versions/versions');
    const { locales } = await import('@/i18n/routing');
    for (const { slug, versions } of await documentsWithVersions()) {
      for (const version of versions) {
        for (const locale of locales) {
          const file = fileOf(slug, version, locale);
          const { doc, source } = await compileFile(file);
          const tags = doc.tags.filter((t) => t.name === 'Key').length;
          const marked = doc.outline
            .flatMap((s) => s.blocks)
            .flatMap((b) => (b.keys ?? []).map(([from, to]) => b.text.slice(from, to)));
          // A mark may hold another mark's neighbour in one block; none is ever lost.
          expect(marked.length, file).toBeLessThanOrEqual(tags);
          expect(marked.length > 0, file).toBe(tags > 0);
          // Every marked stretch is text the source holds inside a <Key>.
          const inside = [...source.matchAll(/<Key>([\s\S]*?)<\/Key>/g)]
            .map((m) =>
              m[1]!
                .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
                .replace(/\s+/g, ' ')
                .trim(),
            )
            .join('\n');
          for (const stretch of marked) {
            for (const part of stretch.split(/\s*\n\s*/))
              expect(inside, file).toContain(part.slice(0, 20));
          }
        }
      }
    }
  });
});
