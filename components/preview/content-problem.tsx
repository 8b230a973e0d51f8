// One problem in the preview's content-problems panel, as `npm run check:content` prints it:
// path:line:column, the rule in brackets, the message and the hint, nothing else.
import type { Problem } from '@/lib/mdx/problem';

type Props = { problem: Problem; hintLabel: string };

export function ContentProblem({ problem: p, hintLabel }: Props) {
  return (
    <li className="content-problems__item">
      <code className="content-problems__place">{`${p.file}:${p.line}:${p.column}`}</code>{' '}
      <code className="content-problems__rule">{`[${p.rule}]`}</code>{' '}
      <span className="content-problems__message">{p.message}</span>
      {p.hint && (
        <span className="content-problems__hint">
          {hintLabel} {p.hint}
        </span>
      )}
    </li>
  );
}
