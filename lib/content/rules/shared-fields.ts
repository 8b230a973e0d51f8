// Rule: the fields that describe a version as a whole (its date and the language that prevails)
// are the same in every language. A translation not updated with the other language is the
// usual cause of a difference.
import { defaultLocale } from '@/i18n/routing';
import type { Frontmatter } from '../frontmatter';
import type { Problem } from '../problem';
import { counterpart, fieldPlace, type Rule } from './rule';

const SHARED: readonly { field: keyof Frontmatter; hint: string }[] = [
  {
    field: 'lastUpdated',
    hint: 'change every language version together and give them the same lastUpdated date',
  },
  {
    field: 'prevailingLanguage',
    hint: 'the two texts must agree on which of them prevails; write the same value in both',
  },
];

export const sharedFields: Rule = ({ files }) =>
  files.flatMap((f): Problem[] => {
    const reference = counterpart(files, f, defaultLocale);
    if (!reference || reference === f) return [];
    return SHARED.flatMap(({ field, hint }) => {
      const mine = f.doc.frontmatter[field];
      const theirs = reference.doc.frontmatter[field];
      if (mine === theirs) return [];
      return [
        {
          file: f.file,
          ...fieldPlace(f.source, field),
          message: `${field} ${String(mine)} differs from ${String(theirs)} in ${reference.file}`,
          hint,
        },
      ];
    });
  });
