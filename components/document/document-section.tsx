// One section of a document (a level-2 heading and its text), ending with a link back to the
// contents list: on a phone the list is far above, and keyboard users get a way back.
import type { ReactNode } from 'react';
import { BackToContents } from './back-to-contents';

type Props = { children?: ReactNode; backLabel?: string };

export function DocumentSection({ children, backLabel }: Props) {
  return (
    <section className="document-section">
      {children}
      {backLabel && <BackToContents label={backLabel} />}
    </section>
  );
}
