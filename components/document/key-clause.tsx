// A key clause of a document, written <Key>…</Key> in MDX: a clause that limits liability, chooses
// the court or the law, or allows the terms to change, which Civil Code Art. 496 requires to be
// drawn to the reader's attention. <strong> carries the importance to screen readers; the class
// gives the same bold and underline in both languages, in dark mode and in print.
import type { ReactNode } from 'react';

type Props = { children?: ReactNode };

export function KeyClause({ children }: Props) {
  return <strong className="key-clause">{children}</strong>;
}
