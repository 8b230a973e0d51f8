// Types for lib/build/build-id.mjs (plain JavaScript, because next.config.mjs imports it).
export declare const SOURCES: string[];
export declare function hashFiles(root: string, entries: string[]): string;
export declare function gitSourceFiles(root: string, entries: string[]): string[];
export declare function gitCommit(root: string): string | undefined;
export declare function buildId(root?: string): string;
