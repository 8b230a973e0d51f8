// Rule: every clause that limits a reader's rights or our liability is marked. Each section that
// content/key-clauses.yaml lists for a document holds at least one <Key> in every language of the
// text in force, and no <Key> stands in a section the file does not list, so the list is the
// whole account of what a reader is asked to notice. Archived versions are what was published.
import type { Finding } from '@/lib/mdx/problem';
import type { Rule, RuleContext } from '@/lib/checks/rules/rule';

export const keyClauses: Rule = {
  id: 'key-clauses',
  description: {
    en: 'a section `content/key-clauses.yaml` lists for a document without a `<Key>` in one of its languages, a `<Key>` in a section it does not list, or a listed section that does not exist',
    'zh-CN':
      '`content/key-clauses.yaml` 为某文件列出的章节在某一语言文本中没有 `<Key>`，`<Key>` 出现在未列出的章节中，或列出的章节不存在',
  },
  check,
};

type Section = { id: string; level: number; line: number; end: number };

const HEADING = /^(#{2,6})\s.*\[#([a-z0-9-]+)\]\s*$/;

/** The sections of an MDX source, each with the lines it spans (its sub-sections included). */
function sections(lines: readonly string[]): Section[] {
  const found: Section[] = [];
  lines.forEach((text, index) => {
    const m = HEADING.exec(text);
    if (m) found.push({ id: m[2]!, level: m[1]!.length, line: index + 1, end: lines.length });
  });
  for (const [i, s] of found.entries()) {
    const next = found.slice(i + 1).find((o) => o.level <= s.level);
    if (next) s.end = next.line - 1;
  }
  return found;
}

function check({ files, keyClauses: list, scans }: RuleContext): Finding[] {
  if (!list) return [...scans.keyClauses];
  const problems: Finding[] = [];
  for (const f of files.filter((file) => !file.version)) {
    const listed = list.documents[f.slug] ?? {};
    const lines = f.source.replace(/\r\n?/g, '\n').split('\n');
    const all = sections(lines);
    for (const [id, why] of Object.entries(listed)) {
      const s = all.find((x) => x.id === id);
      if (!s) {
        problems.push({
          file: f.file,
          line: 1,
          column: 1,
          message: `${list.file} lists a key clause in section "${id}", which this text does not have`,
          hint: `correct the section id in ${list.file}, or remove the entry if the section was removed`,
        });
        continue;
      }
      if (!lines.slice(s.line, s.end).some((l) => l.includes('<Key>'))) {
        problems.push({
          file: f.file,
          line: s.line,
          column: 1,
          message: `section "${id}" has no <Key>, but ${list.file} lists a key clause in it: ${why}`,
          hint: "mark that sentence as <Key>…</Key> in every language, so the reader's attention is drawn to it (Civil Code Art. 496)",
        });
      }
    }
    lines.forEach((text, index) => {
      const column = text.indexOf('<Key>');
      if (column === -1) return;
      const line = index + 1;
      const inside = all.filter((s) => s.line < line && line <= s.end);
      if (inside.some((s) => s.id in listed)) return;
      const innermost = inside.at(-1)?.id;
      problems.push({
        file: f.file,
        line,
        column: column + 1,
        message: innermost
          ? `a <Key> in section "${innermost}", which ${list.file} does not list for "${f.slug}"`
          : `a <Key> before the first section, which ${list.file} cannot list`,
        hint: `list the section in ${list.file} with what its key clause is, or remove the mark if the sentence limits no one's rights`,
      });
    });
  }
  return problems;
}
