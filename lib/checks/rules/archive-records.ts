// Rule: an archived version cannot change silently. Every version folder has a record
// (SHA256SUMS) naming each of its files with its SHA-256; a file that differs from the record, a
// file the record does not name, a name with no file, and a line that cannot be read are each
// reported, with how to undo an accident and how to record a deliberate correction instead.
import type { Finding } from '@/lib/mdx/problem';
import { compareRecord, RECORD_FILE, type VersionFolder } from '@/lib/versions/version-record';
import type { Rule, RuleContext } from '@/lib/checks/rules/rule';

const erratum = (v: VersionFolder) =>
  `npm run content:erratum -- ${v.slug} ${v.date} --zh-CN "<更正说明>" --en "<what was corrected>"`;

function problemsOf(v: VersionFolder): Finding[] {
  const record = `${v.folder}/${RECORD_FILE}`;
  const at = (file: string, line = 1): Pick<Finding, 'file' | 'line' | 'column'> => ({
    file,
    line,
    column: 1,
  });
  if (v.record === undefined) {
    return [
      {
        ...at(v.folder),
        message: `version ${v.date} of "${v.slug}" has no record of its files (${RECORD_FILE})`,
        hint: `if ${RECORD_FILE} was deleted, restore it: git checkout -- ${record}; for a version archived before records existed, make it: npm run content:archive -- ${v.slug} ${v.date}`,
      },
    ];
  }
  const { changed, unrecorded, missing, malformed } = compareRecord({ ...v, record: v.record });
  return [
    ...malformed.map((line) => ({
      ...at(record, line),
      message: `line ${line} of ${RECORD_FILE} is not "<SHA-256 in 64 hex digits>  <file name>" (or names a file twice)`,
      hint: `the record is written by npm run content:archive and content:erratum, never by hand: restore it with git checkout -- ${record}`,
    })),
    ...changed.map((c) => ({
      ...at(`${v.folder}/${c.name}`),
      message: `this archived text differs from its record in ${RECORD_FILE} (SHA-256 ${c.actual}, recorded ${c.sha256})`,
      hint: `a published version does not change: if the change was an accident, restore the file with git checkout -- ${v.folder}/${c.name}; if it deliberately corrects an error, record an erratum: ${erratum(v)}`,
    })),
    ...unrecorded.map((f) => ({
      ...at(`${v.folder}/${f.name}`),
      message: `${f.name} is not in the record of version ${v.date} (${RECORD_FILE})`,
      hint: `a version folder holds only the texts npm run content:archive copied there: if this file was added by mistake, remove it; if the record lost its line, restore the record with git checkout -- ${record}`,
    })),
    ...missing.map((m) => ({
      ...at(record, m.line),
      message: `${RECORD_FILE} names ${m.name}, which is not in ${v.folder}`,
      hint: `the published text was removed or renamed: restore it with git checkout -- ${v.folder}/${m.name}`,
    })),
  ];
}

export const archiveRecords: Rule = {
  id: 'archive-records',
  description: {
    en: 'an archived file that differs from its SHA-256 record (`SHA256SUMS`), a file the record does not name or a name with no file, a missing or unreadable record, a malformed `corrigenda.yaml`',
    'zh-CN':
      '与 SHA-256 记录（`SHA256SUMS`）不符的存档文件、记录未列出的文件或记录列出却不存在的文件、缺失或无法读取的记录，以及格式有误的 `corrigenda.yaml`',
  },
  check: ({ archives, scans }: RuleContext): Finding[] => [
    ...archives.flatMap(problemsOf),
    ...scans.corrigenda,
  ],
};
