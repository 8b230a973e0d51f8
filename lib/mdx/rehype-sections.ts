// Wraps each level-2 heading and the text up to the next one in a <section>, so the page can end
// every section with a link back to the contents list and print can keep a heading with its text.
// Each section carries its heading's id as data-section, so the bilingual view can pair the
// sections of the two languages.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Plugin } from 'unified';

const isH2 = (node: RootContent): node is Element =>
  node.type === 'element' && node.tagName === 'h2';

const rehypeSections: Plugin<[], Root> = () => (tree) => {
  const children: RootContent[] = [];
  let section: Element | undefined;
  for (const node of tree.children) {
    if (isH2(node)) {
      section = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['document-section'], dataSection: node.properties.id },
        children: [node],
        position: node.position,
      };
      children.push(section);
    } else if (section) {
      section.children.push(node as ElementContent);
    } else {
      children.push(node);
    }
  }
  tree.children = children;
};

export default rehypeSections;
