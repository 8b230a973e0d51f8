// Rule: the fields that describe a version as a whole (its date and the language that prevails)
// are the same in every language. A translation not updated with the other language is the
// usual cause of a difference.
import { defaultLocale } from '@/i18n/routing';
import type { Frontmatter } from '../frontmatter';
import type { Finding } from '../problem';
import { counterpart, fieldPlace, type Rule, type RuleContext } from './rule';

export const sharedFields: Rule = {
  id: 'shared-fields',
  description: {
    en: 'a `lastUpdated` or `prevailingLanguage` that differs between the two languages of a version',
    'zh-CN': '同一版本两种语言之间不一致的 `lastUpdated` 或 `prevailingLanguage`',
  },
  check,
};

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

function check({ files }: RuleContext): Finding[] {
  return files.flatMap((f): Finding[] => {
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
}
