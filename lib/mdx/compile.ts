// Turns one MDX source file into validated frontmatter, compiled code and its contents list.
// Pure (no file system, no Next.js), so the build, the content checker and the tests share it.
import { compile } from '@mdx-js/mdx';
import type { Root } from 'hast';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { parseFrontmatter, splitFrontmatter, type Frontmatter } from '@/lib/mdx/frontmatter';
import { ContentError, type Finding } from '@/lib/mdx/problem';
import rehypeOutline, { type OutlineSection } from '@/lib/mdx/rehype-outline';
import rehypeReferences, {
  type Anchor,
  type Expression,
  type Link,
  type Tag,
} from '@/lib/mdx/rehype-references';
import rehypeSections from '@/lib/mdx/rehype-sections';
import rehypeKeepTree from '@/lib/mdx/rehype-keep-tree';
import rehypeToc, { type TocEntry } from '@/lib/mdx/rehype-toc';
import remarkHeadingId from '@/lib/mdx/remark-heading-id';
import remarkInlineComponents from '@/lib/mdx/remark-inline-components';

export type CompiledDocument = {
  frontmatter: Frontmatter;
  /** JavaScript produced by MDX, to be run with `run` from @mdx-js/mdx. */
  code: string;
  toc: TocEntry[];
  /** Every element id in the text, with its place (for the checker's duplicate-id rule). */
  anchors: Anchor[];
  /** Every link in the text, with its place (for the checker's link rules). */
  links: Link[];
  /** Every JSX tag in the text, with its place (for the checker's component rule). */
  tags: Tag[];
  /** Every MDX expression and import/export line (for the checker's mdx-expressions rule). */
  expressions: Expression[];
  /** The text of each section, block by block (for the redline pages). */
  outline: OutlineSection[];
  /** The final HTML tree, as the page is compiled from it (for the PDF of the version). */
  tree: Root;
};

/** Explains the MDX errors that legal text runs into, in words an editor can act on. */
function hintFor(message: string): string | undefined {
  if (
    /acorn|expression|Unexpected (?:end of file|closing slash).*expression|`\{`|`\}`/i.test(message)
  ) {
    return 'a "{" or "}" in text starts code in MDX; write \\{ and \\} to show the braces themselves';
  }
  if (/before name|after name|tag|JSX|`<`/i.test(message)) {
    return 'a "<" in text starts a tag in MDX; write \\< (or "less than") to show the character itself';
  }
  return undefined;
}

/**
 * The place of the "{" that MDX found no closing brace for. MDX reports such a brace where it
 * gave up looking (the end of the paragraph, or of the file), which in a long paragraph is far
 * from the mistake; the brace is the outermost one still open there.
 */
export function unclosedBrace(
  body: string,
  at: { line: number; column: number },
): { line: number; column: number } | undefined {
  const lines = body.split('\n');
  let open: { line: number; column: number } | undefined;
  let depth = 0;
  for (let l = 0; l < Math.min(at.line, lines.length); l += 1) {
    const text = lines[l] ?? '';
    const end = l + 1 === at.line ? Math.min(at.column - 1, text.length) : text.length;
    for (let c = 0; c < end; c += 1) {
      if (text[c] === '\\') c += 1;
      else if (text[c] === '{' && depth++ === 0) open = { line: l + 1, column: c + 1 };
      else if (text[c] === '}' && depth > 0) depth -= 1;
    }
  }
  return depth > 0 ? open : undefined;
}

function toProblem(error: unknown, file: string, body: string): Finding {
  // MDX and the remark plugins report VFileMessages, which carry the place of the problem.
  const m = error as { reason?: string; line?: number; column?: number; source?: string };
  const reason = m.reason ?? (error instanceof Error ? error.message : String(error));
  const reported = { line: m.line ?? 1, column: m.column ?? 1 };
  const place = /closing brace for `\{`/.test(reason)
    ? (unclosedBrace(body, reported) ?? reported)
    : reported;
  return {
    file,
    ...place,
    // The site's own plugins speak for themselves; MDX's messages are marked as such.
    message: m.source === 'content' ? reason : `MDX: ${reason}`,
    hint: hintFor(reason),
  };
}

/**
 * Why a file did not compile: what is wrong with its frontmatter and with its MDX text, kept
 * apart so the content checks can report each under its own rule (frontmatter, mdx-syntax).
 */
export class DocumentError extends ContentError {
  readonly frontmatter: readonly Finding[];
  readonly mdx: readonly Finding[];
  constructor(frontmatter: readonly Finding[], mdx: readonly Finding[]) {
    super([...frontmatter, ...mdx]);
    this.name = 'DocumentError';
    this.frontmatter = frontmatter;
    this.mdx = mdx;
  }
}

export async function compileDocument(source: string, file: string): Promise<CompiledDocument> {
  const split = splitFrontmatter(source, file);
  if ('message' in split) throw new DocumentError([split], []);

  const front = parseFrontmatter(split, file);
  let mdx: Finding | undefined;

  let compiled: Omit<CompiledDocument, 'frontmatter'> | undefined;
  try {
    const vfile = await compile(
      { value: split.body, path: file },
      {
        outputFormat: 'function-body',
        development: false,
        remarkPlugins: [remarkGfm, remarkHeadingId, remarkInlineComponents],
        // rehype-slug only fills in headings without an explicit id; rehype-toc and
        // rehype-references run after it, so they see exactly the ids on the page. rehype-outline
        // runs after them, so it reads the sections exactly as the page shows them, and
        // rehype-keep-tree copies that same final tree for the PDF.
        rehypePlugins: [
          rehypeSlug,
          rehypeToc,
          rehypeReferences,
          rehypeSections,
          rehypeOutline,
          rehypeKeepTree,
        ],
      },
    );
    compiled = {
      code: String(vfile),
      toc: vfile.data.toc ?? [],
      anchors: vfile.data.anchors ?? [],
      links: vfile.data.links ?? [],
      tags: vfile.data.tags ?? [],
      expressions: vfile.data.expressions ?? [],
      outline: vfile.data.outline ?? [],
      tree: vfile.data.tree ?? { type: 'root', children: [] },
    };
  } catch (error) {
    mdx = toProblem(error, file, split.body);
  }

  if (!front.data || !compiled) throw new DocumentError(front.problems, mdx ? [mdx] : []);
  return { frontmatter: front.data, ...compiled };
}
