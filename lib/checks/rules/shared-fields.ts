// Rule: the fields that describe a version as a whole (its dates and the language that prevails)
// are the same in every language. A translation not updated with the other language is the
// usual cause of a difference.
import { defaultLocale } from '@/i18n/routing';
import { dateSourceOf, effectiveDate, type Frontmatter } from '@/lib/mdx/frontmatter';
import type { Finding } from '@/lib/mdx/problem';
import { counterpart, fieldPlace, type Rule, type RuleContext } from '@/lib/checks/rules/rule';

export const sharedFields: Rule = {
  id: 'shared-fields',
  description: {
    en: 'a `lastUpdated`, `dateSource`, `effective` or `prevailingLanguage` that differs between the two languages of a version',
    'zh-CN':
      '同一版本两种语言之间不一致的 `lastUpdated`、`dateSource`、`effective` 或 `prevailingLanguage`',
  },
  check,
};

const SHARED: readonly {
  field: keyof Frontmatter;
  hint: string;
  /**
   * The value compared, when a default stands for a missing field; compared only when one of the
   * two files writes the field (else a difference of the default's field is reported already).
   */
  value?: (fm: Frontmatter) => unknown;
}[] = [
  {
    field: 'lastUpdated',
    hint: 'change every language version together and give them the same lastUpdated date',
  },
  {
    field: 'dateSource',
    hint: 'the dates of a version come from one place in every language: write the same dateSource in both files (or in neither)',
    value: dateSourceOf,
  },
  {
    field: 'effective',
    hint: 'a version takes effect on one day in every language: write the same effective date in both files (or in neither)',
    value: effectiveDate,
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
    return SHARED.flatMap(({ field, hint, value }) => {
      const written = [f, reference].some((x) => x.doc.frontmatter[field] !== undefined);
      if (value && !written) return [];
      const read = value ?? ((fm: Frontmatter) => fm[field]);
      const mine = read(f.doc.frontmatter);
      const theirs = read(reference.doc.frontmatter);
      if (mine === theirs) return [];
      return [
        {
          file: f.file,
          // A default has no line of its own: point at the field it comes from.
          ...fieldPlace(f.source, f.doc.frontmatter[field] === undefined ? 'lastUpdated' : field),
          message: `${field} ${String(mine)} differs from ${String(theirs)} in ${reference.file}`,
          hint,
        },
      ];
    });
  });
}
