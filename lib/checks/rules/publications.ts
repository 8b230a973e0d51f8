// Rule: the language that prevails changes only with a new version. A document's publication
// record (content/<doc>/publications.yaml, lib/versions/publications.ts) names the version in
// force and its prevailing language; the text must agree with it, and every earlier publication
// the record lists must still have its files, as published, with the recorded SHA-256.
import { defaultLocale, locales } from '@/i18n/routing';
import { dateSourceOf } from '@/lib/mdx/frontmatter';
import type { Finding } from '@/lib/mdx/problem';
import { PDFS_PUBLISHED_SINCE } from '@/lib/versions/publication-days';
import { pdfName } from '@/lib/versions/version-paths';
import {
  PUBLICATIONS_FILE,
  PUBLICATIONS_FOLDER,
  type PublicationRecord,
} from '@/lib/versions/publications';
import { fieldPlace, type Rule, type RuleContext } from '@/lib/checks/rules/rule';

export const publications: Rule = {
  id: 'publications',
  description: {
    en: 'a `prevailingLanguage` that differs from the one `publications.yaml` records for the version in force (the text that prevails changes with a new version), a record naming another version, an earlier publication whose kept files are missing, changed or say otherwise, dates out of order',
    'zh-CN':
      '与 `publications.yaml` 为现行版本记录的不一致的 `prevailingLanguage`（以哪种文本为准只能随新版本改变）、记录的版本不是现行文本、早前发布的留存文件缺失、被修改或内容不符、日期顺序错误',
  },
  check,
};

function check({ files, archives, publications: records, scans, today }: RuleContext): Finding[] {
  const problems: Finding[] = [...scans.publications];
  for (const { slug, record, source, kept } of records) {
    const current = files.find((f) => f.slug === slug && !f.version && f.locale === defaultLocale);
    if (!record || !current) continue;
    const at = (field: string) => ({ file: record.file, ...fieldPlace(source, field) });
    const { lastUpdated, prevailingLanguage } = current.doc.frontmatter;
    const lines = `version: ${lastUpdated} and prevailingLanguage: ${prevailingLanguage}`;
    if (record.version !== lastUpdated) {
      const archived = archives.some((a) => a.slug === slug && a.date === record.version);
      problems.push({
        ...at('version'),
        message: archived
          ? `the text in force is the version of ${lastUpdated}, but the record still names the version of ${record.version}`
          : `the record names the version of ${record.version}, which is neither the text in force (${lastUpdated}) nor an archived version`,
        hint: `a new version may change the language that prevails: write ${lines} in ${record.file}`,
      });
    } else if (record.prevailingLanguage !== prevailingLanguage) {
      for (const f of files.filter((x) => x.slug === slug && !x.version)) {
        problems.push({
          file: f.file,
          ...fieldPlace(f.source, 'prevailingLanguage'),
          message: `prevailingLanguage ${f.doc.frontmatter.prevailingLanguage} differs from ${record.prevailingLanguage}, which ${record.file} records for the version of ${lastUpdated}: the text that prevails cannot change within a published version`,
          hint: `make a new version instead (npm run content:archive -- ${slug}, then edit the text and its dates); if the site has already published the change, keep both files as they were in content/${slug}/${PUBLICATIONS_FOLDER}/<first day published>/, list them under earlier: in ${PUBLICATIONS_FILE} and write prevailingLanguage: ${prevailingLanguage} there (CONTENT.md, "Which text prevails")`,
        });
      }
    }
    problems.push(...checkEarlier(record, source, kept, today));
    problems.push(...checkPublished(record, source, current, today));
    problems.push(...checkPdfs(slug, record, source));
    const known = new Set([
      record.version,
      ...archives.filter((a) => a.slug === slug).map((a) => a.date),
    ]);
    problems.push(...checkWithdrawn(record, source, known, today));
  }
  return problems;
}

/**
 * The day the text in force was first published as it now is: a text dated by its source has no
 * other record of it; it is not in the future, and after a replacement in place it is the day of
 * the replacement.
 */
function checkPublished(
  record: PublicationRecord,
  source: string,
  current: RuleContext['files'][number],
  today: string,
): Finding[] {
  const at = (field: string) => ({ file: record.file, ...fieldPlace(source, field) });
  const replacedLast = (record.earlier ?? []).filter((e) => e.version === record.version).at(-1);
  if (record.published === undefined) {
    if (dateSourceOf(current.doc.frontmatter) !== 'source') return [];
    return [
      {
        ...at('version'),
        message: `the text in force is dated by its source, so the record must say since when the site publishes it: published is missing`,
        hint: `write published: YYYY-MM-DD, the first day the site published the text as it now is${replacedLast ? ` (${replacedLast.replaced}, when it replaced the earlier publication)` : ''}`,
      },
    ];
  }
  const problems: Finding[] = [];
  if (record.published > today) {
    problems.push({
      ...at('published'),
      message: `published ${record.published} is later than today (${today})`,
      hint: 'published is the first day the site published the text in force as it now is',
    });
  }
  if (replacedLast && replacedLast.replaced !== record.published) {
    problems.push({
      ...at('published'),
      message: `published ${record.published} is not ${replacedLast.replaced}, the day the last earlier publication of this version was replaced`,
      hint: `the text in force was first published when it replaced the earlier one: write published: ${replacedLast.replaced}, or correct that entry's replaced`,
    });
  }
  return problems;
}

/**
 * The PDFs each earlier publication records: the version's own PDF in every language, by name;
 * `none` only for a publication the site replaced by the day it began publishing PDFs.
 */
function checkPdfs(slug: string, record: PublicationRecord, source: string): Finding[] {
  const problems: Finding[] = [];
  (record.earlier ?? []).forEach((entry, index) => {
    const where = { file: record.file, ...fieldPlace(source, 'earlier') };
    const expected = locales.map((locale) => pdfName(slug, entry.version, locale)).sort();
    const say = (message: string, hint: string) =>
      problems.push({
        ...where,
        message: `earlier publication ${index + 1} (${entry.published}): ${message}`,
        hint,
      });
    if (entry.pdf === 'none') {
      if (entry.replaced > PDFS_PUBLISHED_SINCE) {
        say(
          `pdf: none, but the site published a PDF of every version from ${PDFS_PUBLISHED_SINCE} and this text was published until ${entry.replaced}`,
          `write the SHA-256 of ${expected.join(' and ')} as the site published them (docs/versions.md)`,
        );
      }
      return;
    }
    const names = Object.keys(entry.pdf).sort();
    if (names.join() !== expected.join()) {
      say(
        `pdf names ${names.join(', ') || 'nothing'}, not the version's PDFs ${expected.join(', ')}`,
        'pdf lists each PDF of the version by its file name, with the SHA-256 it had as then published',
      );
    }
  });
  return problems;
}

/** What the pages no longer say: each statement of a version the record knows, its days in order. */
function checkWithdrawn(
  record: PublicationRecord,
  source: string,
  known: ReadonlySet<string>,
  today: string,
): Finding[] {
  const where = { file: record.file, ...fieldPlace(source, 'withdrawn') };
  const problems: Finding[] = [];
  (record.withdrawn ?? []).forEach((w, index) => {
    const say = (message: string) =>
      problems.push({
        ...where,
        message: `withdrawn ${index + 1} (${w.from} to ${w.to}): ${message}`,
        hint: 'each entry names a version of this document and the first and last day the pages said what it describes; to is not later than today',
      });
    if (!known.has(w.version)) say(`names version ${w.version}, which this document does not have`);
    if (w.to < w.from) say(`to ${w.to} is before from`);
    if (w.to > today) say(`to ${w.to} is later than today (${today})`);
  });
  return problems;
}

/** Each earlier publication: its dates in order, every language kept, each kept file as published. */
function checkEarlier(
  record: PublicationRecord,
  source: string,
  kept: RuleContext['publications'][number]['kept'],
  today: string,
): Finding[] {
  const problems: Finding[] = [];
  (record.earlier ?? []).forEach((entry, index) => {
    const where = { file: record.file, ...fieldPlace(source, 'earlier') };
    const previous = record.earlier?.[index - 1];
    const dated = (message: string) =>
      problems.push({
        ...where,
        message: `earlier publication ${index + 1} (${entry.published}): ${message}`,
        hint: 'each earlier publication was published before it was replaced, and not before the one above it was replaced; replaced is not later than today',
      });
    if (entry.replaced <= entry.published)
      dated(`replaced ${entry.replaced} is not after published`);
    if (entry.replaced > today) dated(`replaced ${entry.replaced} is later than today (${today})`);
    if (previous && entry.published < previous.replaced) {
      dated(
        `published ${entry.published} is before the publication above was replaced (${previous.replaced})`,
      );
    }
    for (const locale of locales) {
      if (!(`${locale}.mdx` in entry.sha256)) {
        problems.push({
          ...where,
          message: `earlier publication ${index + 1} (${entry.published}) records no ${locale}.mdx`,
          hint: 'an earlier publication keeps every language: list each file under sha256',
        });
      }
    }
    for (const file of kept[index] ?? []) {
      const restore = `restore it with git checkout -- ${file.path}: it is what the site published`;
      const wrong = (message: string, hint = restore) =>
        problems.push({ file: file.path, line: 1, column: 1, message, hint });
      if (file.actual === undefined) {
        wrong(`the file kept for the publication of ${entry.published} is missing`);
      } else if (file.actual !== file.recorded) {
        wrong(
          `this kept file differs from its record in ${record.file} (SHA-256 ${file.actual}, recorded ${file.recorded})`,
          `${restore}; if the record is the mistake, the file's SHA-256 is ${file.actual}`,
        );
      } else if (file.prevailingLanguage !== entry.prevailingLanguage) {
        wrong(
          `this kept file says prevailingLanguage: ${file.prevailingLanguage ?? '(none)'}, but ${record.file} records ${entry.prevailingLanguage} for it`,
          `correct prevailingLanguage of entry ${index + 1} in ${record.file}: the kept file is what was published`,
        );
      } else if (file.lastUpdated !== entry.version) {
        wrong(
          `this kept file is the version of ${file.lastUpdated ?? '(no date)'}, but ${record.file} records version ${entry.version} for it`,
          `correct version of entry ${index + 1} in ${record.file}: the kept file is what was published`,
        );
      } else if (file.compileProblem) {
        wrong(
          `this kept file no longer compiles, so its page cannot be published: ${file.compileProblem}`,
          'the file stays as the site published it: make the MDX pipeline read it again (lib/mdx/), never edit the kept file',
        );
      }
    }
  });
  return problems;
}
