// Rule: lastUpdated is not in the future, and every language version carries the same date
// (a translation that was not updated with the other language is the usual cause).
import { defaultLocale } from '@/i18n/routing';
import type { Problem } from '../problem';
import { fieldPlace, type Rule } from './rule';

export const dates: Rule = ({ files, today }) => {
  const problems: Problem[] = [];
  for (const f of files) {
    const date = f.doc.frontmatter.lastUpdated;
    const place = { file: f.file, ...fieldPlace(f.source, 'lastUpdated') };
    if (date > today) {
      problems.push({
        ...place,
        message: `lastUpdated ${date} is in the future (today is ${today} in Beijing)`,
        hint: 'write the date of the change that is being published; publish a future change on its day',
      });
    }
    const reference = files.find((r) => r.slug === f.slug && r.locale === defaultLocale);
    if (reference && reference !== f && reference.doc.frontmatter.lastUpdated !== date) {
      problems.push({
        ...place,
        message: `lastUpdated ${date} differs from ${reference.doc.frontmatter.lastUpdated} in ${reference.file}`,
        hint: 'change every language version together and give them the same lastUpdated date',
      });
    }
  }
  return problems;
};
