// The language layouts under [locale] render <html>; this root only passes children through,
// so the site-wide not-found page (app/not-found.tsx) can render its own bilingual <html>.
import type { ReactNode } from 'react';

export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
