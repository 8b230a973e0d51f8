// Rule: no lastUpdated is in the future: a change is published on the day it takes effect.
import type { Problem } from '../problem';
import { fieldPlace, type Rule } from './rule';

export const dates: Rule = ({ files, today }) =>
  files.flatMap((f): Problem[] => {
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
