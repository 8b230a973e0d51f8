// Types of framework-free-html.mjs, which next.config.mjs loads as plain JavaScript.
import type { NextAdapter } from 'next';

export const KEPT_SCRIPT: RegExp;
export function stripFrameworkScripts(html: string): string;
declare const adapter: NextAdapter;
export default adapter;
