// The components an editor may write in a document, by the name used in the MDX text. The page
// renderer maps each name to a component (components/document/mdx-components.tsx) and the content check
// `mdx-components` refuses any other name, so a misspelt tag stops the check, not the build.
export const documentComponents = {
  Key: {
    usage: '<Key>…</Key>',
    purpose: 'a key clause drawn to the reader’s attention, shown bold and underlined',
  },
} as const;

export type DocumentComponentName = keyof typeof documentComponents;

export const documentComponentNames = Object.keys(documentComponents) as DocumentComponentName[];
