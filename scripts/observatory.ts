// `npm run observatory`: scans the production server with the MDN HTTP Observatory and prints
// every test's result and the score. Fails if a test fails that can pass over plain HTTP on
// loopback (all but HSTS and the HTTP-to-HTTPS redirection, which need TLS).
// BASE_URL=http://127.0.0.1:PORT scans a running server; otherwise the build is served on
// 127.0.0.1:3300 for the scan. The scanner refuses "localhost": use 127.0.0.1.
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startProductionServer } from '../tests/support/production-server';

/** Tests that cannot pass without TLS, which a loopback server does not have. */
export const NEEDS_TLS = new Set(['strict-transport-security', 'redirection']);

export type ObservatoryTest = {
  name: string;
  pass: boolean;
  result: string;
  scoreModifier: number;
};
export type ObservatoryReport = { score: number; grade: string; tests: ObservatoryTest[] };

/**
 * The scanner's install step downloads the HSTS preload list, which this network cannot reach
 * (and install steps do not run here: .npmrc). The list only matters for public domains that
 * are preloaded; for a loopback address an empty list gives the same verdict.
 */
function ensurePreloadList(): void {
  const root = path.dirname(createRequire(import.meta.url).resolve('@mdn/mdn-http-observatory'));
  const list = path.join(root, '..', 'conf', 'hsts-preload.json');
  if (!existsSync(list)) writeFileSync(list, '{}\n');
}

/** Scans host:port (e.g. 127.0.0.1:3300) and returns every test and the score. */
export async function observe(hostAndPort: string): Promise<ObservatoryReport> {
  ensurePreloadList();
  const { scan } = await import('@mdn/mdn-http-observatory/src/scanner/index.js');
  const result = await scan(hostAndPort);
  const tests = Object.entries(result.tests).map(([name, t]) => ({
    name,
    pass: Boolean(t.pass),
    result: String(t.result),
    scoreModifier: Number(t.scoreModifier),
  }));
  return { score: result.scan.score, grade: result.scan.grade, tests };
}

async function main() {
  const server = process.env.BASE_URL ? undefined : await startProductionServer(3300);
  const base = new URL(process.env.BASE_URL ?? server!.origin);
  const target = base.host;
  // Over HTTPS (`npm run observatory:tls`) every test can pass, so none is excused.
  const excused = base.protocol === 'https:' ? new Set<string>() : NEEDS_TLS;
  try {
    const report = await observe(target);
    console.log(`MDN HTTP Observatory, ${target}\n`);
    for (const t of report.tests) {
      const verdict = t.pass ? 'pass' : excused.has(t.name) ? 'FAIL (needs TLS)' : 'FAIL';
      const modifier = (t.scoreModifier > 0 ? '+' : '') + t.scoreModifier;
      console.log(
        `${t.name.padEnd(34)} ${verdict.padEnd(17)} ${modifier.padStart(4)}  ${t.result}`,
      );
    }
    const over = base.protocol === 'https:' ? 'HTTPS' : 'plain HTTP';
    console.log(`\nscore ${report.score}, grade ${report.grade} (over ${over})`);
    const failed = report.tests.filter((t) => !t.pass && !excused.has(t.name));
    if (failed.length > 0) {
      console.error(`failed: ${failed.map((t) => t.name).join(', ')}`);
      process.exitCode = 1;
    }
    const minimum = Number(process.env.OBSERVATORY_MIN_SCORE ?? 0);
    if (report.score < minimum || (minimum > 0 && report.grade !== 'A+')) {
      console.error(`score ${report.score}, grade ${report.grade}: A+ and ${minimum} required`);
      process.exitCode = 1;
    }
  } finally {
    server?.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
