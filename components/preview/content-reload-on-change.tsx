'use client';
// Development only (see content-reload.tsx): asks the preview once a second when content/ last
// changed, and reloads the page when that is later than the text it shows.
import { useEffect } from 'react';

type Props = {
  /** When content/ last changed as the page was rendered, in ms since 1970. */
  since: number;
};

const EVERY_MS = 1000;

export function ContentReloadOnChange({ since }: Props) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const check = async () => {
      try {
        const response = await fetch('/preview-changes/', { cache: 'no-store' });
        const { changed } = (await response.json()) as { changed: number };
        if (changed !== since) {
          window.location.reload();
          return;
        }
      } catch {
        // The preview is restarting or compiling: ask again at the next tick.
      }
      timer = setTimeout(check, EVERY_MS);
    };
    timer = setTimeout(check, EVERY_MS);
    return () => clearTimeout(timer);
  }, [since]);
  return null;
}
