// Rule: a document holds no code. MDX runs `{…}` as JavaScript and `import`/`export` lines as
// modules; legal text has no use for either, and an expression that compiles can still fail
// when the page is built (`{waived}`: "waived is not defined", with no file or line). Each one
// is reported where it starts, with the escape that shows the characters as text.
import type { Expression } from '@/lib/mdx/rehype-references';
import type { Finding } from '@/lib/mdx/problem';
import type { Rule, RuleContext } from '@/lib/checks/rules/rule';

export const mdxExpressions: Rule = {
  id: 'mdx-expressions',
  description: {
    en: 'code in a document: an MDX expression `{…}` or an `import`/`export` line, with the escape that shows the characters as text',
    'zh-CN':
      '文件中的代码：MDX 表达式 `{…}` 或 `import`/`export` 行；提示会给出将其显示为文字的转义写法',
  },
  check,
};

const shown = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
};

function explain(code: Expression): Pick<Finding, 'message' | 'hint'> {
  if (code.kind === 'esm') {
    const word = /^\s*(import|export)/.exec(code.text)?.[1] ?? 'import';
    const escaped = `&#${word.charCodeAt(0)};${word.slice(1)}`;
    return {
      message: `"${shown(code.text)}" is an ${word} line, which MDX runs as code`,
      hint: `remove the line; to begin a paragraph with the word "${word}", write its first letter as ${escaped}`,
    };
  }
  return {
    message: `"{${shown(code.text)}}" is an MDX expression, which runs as code`,
    hint: `to show the braces themselves, write \\{${shown(code.text)}\\}`,
  };
}

function check({ files }: RuleContext): Finding[] {
  return files.flatMap((f) =>
    f.doc.expressions.map((code) => ({
      file: f.file,
      line: code.line,
      column: code.column,
      ...explain(code),
    })),
  );
}
