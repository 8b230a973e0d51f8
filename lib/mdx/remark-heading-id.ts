// Reads an explicit section id written after a heading, as in `## What About Cookies? [#cookies]`,
// removes it from the visible text and gives the heading that id. Ids written this way are the
// same in every language, so deep links survive translation and rewording.
import type { Heading, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { KEBAB_NAME } from '@/lib/mdx/names';

const ID_SUFFIX = /\s*\[#([^\]\s]*)\]\s*$/;
export const SECTION_ID = KEBAB_NAME;

const remarkHeadingId: Plugin<[], Root> = () => (tree, file) => {
  visit(tree, 'heading', (node: Heading) => {
    const last = node.children.at(-1);
    if (!last || last.type !== 'text') return;
    const match = ID_SUFFIX.exec((last as Text).value);
    if (!match) return;
    const id = match[1] ?? '';
    if (!SECTION_ID.test(id)) {
      file.fail(
        `section id "${id}" may only contain lowercase letters a-z, digits and single hyphens`,
        { place: node.position, ruleId: 'heading-id', source: 'content' },
      );
    }
    (last as Text).value = (last as Text).value.slice(0, match.index);
    if ((last as Text).value === '') node.children.pop();
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
  });
};

export default remarkHeadingId;
