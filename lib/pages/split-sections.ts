// Splits a compiled document's output into its sections, so two languages can be shown side by
// side, section by section. rehype-sections marks each section with its heading's id
// (data-section); what comes before the first one is the introduction, with the id ''.
import type { MDXComponents, MDXContent } from 'mdx/types';
import { Children, isValidElement, type ReactNode } from 'react';

export type SectionPart = { id: string; nodes: ReactNode[] };

function sectionId(node: ReactNode): string | undefined {
  if (!isValidElement(node)) return undefined;
  const id = (node.props as Record<string, unknown>)['data-section'];
  return typeof id === 'string' ? id : undefined;
}

export function splitSections(Content: MDXContent, components: MDXComponents): SectionPart[] {
  // An MDX document's content is a fragment of its top-level elements (no hooks run in it, so
  // calling it as a function is safe). A `wrapper` component would hide them: the site has none.
  const output: unknown = Content({ components });
  if (!isValidElement(output)) throw new Error('splitSections: the document gave no elements');
  const parts: SectionPart[] = [{ id: '', nodes: [] }];
  for (const node of Children.toArray((output.props as { children?: ReactNode }).children)) {
    const id = sectionId(node);
    if (id !== undefined) parts.push({ id, nodes: [node] });
    else if (typeof node !== 'string' || node.trim()) parts.at(-1)!.nodes.push(node);
  }
  return parts[0]!.nodes.length > 0 ? parts : parts.slice(1);
}
