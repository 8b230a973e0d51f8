// Types for the part of the MDN HTTP Observatory that scripts/observatory.ts uses (the package
// ships JavaScript with JSDoc only).
declare module '@mdn/mdn-http-observatory/src/scanner/index.js' {
  export function scan(hostname: string): Promise<{
    scan: { score: number; grade: string };
    tests: Record<string, { pass: boolean | null; result: string; scoreModifier: number }>;
  }>;
}
