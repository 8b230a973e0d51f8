// Rule: no lastUpdated is in the future: a change is published on the day it takes effect.
import type { Finding } from '../../mdx/problem';
import { fieldPlace, type Rule, type RuleContext } from './rule';

export const dates: Rule = {
  id: 'dates',
  description: {
    en: 'a `lastUpdated` later than today in Beijing',
    'zh-CN': '晚于北京时间当天的 `lastUpdated`',
  },
  check,
};

function check({ files, today }: RuleContext): Finding[] {
  return files.flatMap((f): Finding[] => {
    const date = f.doc.frontmatter.lastUpdated;
    if (date <= today) return [];
    return [
      {
        file: f.file,
        ...fieldPlace(f.source, 'lastUpdated'),
        message: `lastUpdated ${date} is in the future (today is ${today} in Beijing)`,
        hint: 'write the date of the change that is being published; publish a future change on its day',
      },
    ];
  });
}
