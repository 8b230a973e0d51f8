// Rule: no lastUpdated is in the future: a change is published on the day it takes effect. And a
// date the frontmatter says the source states (dateSource: source) is one the text states: its
// lastUpdated must be written in the text, as the reader's language writes dates.
import { dateSourceOf } from '@/lib/mdx/frontmatter';
import { formatDate } from '@/lib/dates';
import type { Finding } from '@/lib/mdx/problem';
import { fieldPlace, type Rule, type RuleContext } from '@/lib/checks/rules/rule';
import { readableText } from '@/lib/checks/rules/terminology';

export const dates: Rule = {
  id: 'dates',
  description: {
    en: 'a `lastUpdated` later than today in Beijing, or a `lastUpdated` said to be the source’s own (`dateSource: source`) that the text does not state',
    'zh-CN':
      '晚于北京时间当天的 `lastUpdated`，或声明为原文所载（`dateSource: source`）但文本中并未载明的 `lastUpdated`',
  },
  check,
};

function check({ files, today }: RuleContext): Finding[] {
  return files.flatMap((f): Finding[] => {
    const date = f.doc.frontmatter.lastUpdated;
    const problems: Finding[] = [];
    if (date > today) {
      problems.push({
        file: f.file,
        ...fieldPlace(f.source, 'lastUpdated'),
        message: `lastUpdated ${date} is in the future (today is ${today} in Beijing)`,
        hint: 'write the date of the change that is being published; publish a future change on its day',
      });
    }
    const written = formatDate(f.locale, date);
    if (dateSourceOf(f.doc.frontmatter) === 'source' && !readableText(f.source).includes(written)) {
      problems.push({
        file: f.file,
        ...fieldPlace(f.source, 'dateSource'),
        message: `dateSource: source says the text states its date, but “${written}” (lastUpdated ${date}) is not in the text`,
        hint: `keep the source's own date line in the text (for example *Last updated: ${formatDate('en', date)}.*), or write dateSource: legal-team if the legal team set the date`,
      });
    }
    return problems;
  });
}
