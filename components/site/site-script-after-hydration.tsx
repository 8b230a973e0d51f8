'use client';
// Development only (see site-script.tsx): adds /site.js after React has hydrated the page.
import { useEffect } from 'react';

export function SiteScriptAfterHydration() {
  useEffect(() => {
    // Strict mode runs effects twice, and a page reached by client navigation already has it.
    if (document.querySelector('script[src="/site.js"]')) return;
    const script = document.createElement('script');
    script.src = '/site.js';
    document.body.append(script);
  }, []);
  return null;
}
