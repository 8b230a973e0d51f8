// A show/hide section. Without JavaScript it is a native <details>; site.js then turns on the
// button (aria-expanded, Escape and click-outside to close). Both are in the server HTML and
// site.js only changes attributes.
import type { ReactNode } from 'react';

type Props = {
  id: string;
  label: ReactNode;
  className?: string;
  children: ReactNode;
};

export function Disclosure({ id, label, className, children }: Props) {
  return (
    <div className={className ? `disclosure ${className}` : 'disclosure'} data-disclosure="">
      <button
        type="button"
        className="disclosure__button"
        aria-expanded="false"
        aria-controls={id}
        hidden
      >
        {label}
      </button>
      <details className="disclosure__fallback">
        <summary className="disclosure__button">{label}</summary>
        <div className="disclosure__panel" id={id}>
          {children}
        </div>
      </details>
    </div>
  );
}
