// A release under load loses nothing: serves releases/current with nginx, runs a bounded load
// (50 connections for 15 s over every page of the sitemap) while it publishes a new release and
// then rolls back, and fails unless every answer was a 200 with a complete page (its closing
// </html>) whose stylesheet belongs to the same release and is served. The releases live in a
// temporary folder; the site is the export (out/, or SITE_ROOT). PORT (default 5820),
// CONNECTIONS and SECONDS_OF_LOAD change the load.
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { publish, rollback } from './lib/releases';
import { RELEASE_MARK, variant } from './lib/release-variant';
import { OUT_DIR, startStaticServer } from './lib/static-server';

const PORT = Number(process.env.PORT ?? 5820);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const SECONDS = Number(process.env.SECONDS_OF_LOAD ?? 15);

type Tally = { requests: number; errors: number; non2xx: number; incomplete: number };

async function main() {
  const work = mkdtempSync(path.join(tmpdir(), 'release-load-'));
  chmodSync(work, 0o755); // nginx workers run as nobody
  process.on('exit', () => rmSync(work, { recursive: true, force: true }));
  const dir = path.join(work, 'releases');
  const source = path.resolve(process.env.SITE_ROOT ?? OUT_DIR);
  variant(source, path.join(work, 'a'), 'a');
  variant(source, path.join(work, 'b'), 'b');
  const copy = (from: string) => (to: string) => cpSync(from, to, { recursive: true });
  publish({ dir, build: copy(path.join(work, 'a')), id: '20260101T000000Z-a' });
  const server = await startStaticServer(PORT, { root: path.join(dir, 'current', 'site') });
  const sitemap = readFileSync(path.join(source, 'sitemap.xml'), 'utf8');
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const tally: Tally = { requests: 0, errors: 0, non2xx: 0, incomplete: 0 };
  const seen = new Map<string, Set<string>>(); // release → stylesheets its pages named
  const problems: string[] = [];
  const end = Date.now() + SECONDS * 1000;
  let next = 0;

  const worker = async () => {
    while (Date.now() < end) {
      const page = pages[next++ % pages.length]!;
      tally.requests += 1;
      try {
        const response = await fetch(server.origin + page, {
          headers: { 'Accept-Encoding': 'br, gzip' },
        });
        const html = await response.text();
        if (response.status < 200 || response.status > 299) {
          tally.non2xx += 1;
          problems.push(`${page}: ${response.status}`);
          continue;
        }
        const release = RELEASE_MARK.exec(html)?.[1];
        if (!html.trimEnd().endsWith('</html>') || !release) {
          tally.incomplete += 1;
          problems.push(`${page}: incomplete page`);
          continue;
        }
        const styles = seen.get(release) ?? new Set<string>();
        for (const [, href] of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) {
          styles.add(href!);
        }
        seen.set(release, styles);
      } catch (error) {
        tally.errors += 1;
        problems.push(`${page}: ${error instanceof Error ? error.message : error}`);
      }
    }
  };

  const started = Date.now();
  const load = Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const at = (fraction: number) =>
    new Promise((r) =>
      setTimeout(r, Math.max(0, started + SECONDS * 1000 * fraction - Date.now())),
    );
  await at(1 / 3);
  publish({ dir, build: copy(path.join(work, 'b')), id: '20260101T000001Z-b' });
  const published = (Date.now() - started) / 1000;
  await at(2 / 3);
  rollback(dir);
  const rolledBack = (Date.now() - started) / 1000;
  await load;

  // Every page named a stylesheet of its own release, and each is served (old ones carried on).
  for (const [release, styles] of seen) {
    for (const href of styles) {
      if (!href.endsWith(`-${release}.css`)) problems.push(`release ${release} page named ${href}`);
      const response = await fetch(server.origin + href);
      await response.arrayBuffer();
      if (response.status !== 200) problems.push(`${href}: ${response.status} after the run`);
    }
  }
  server.stop();

  const rate = Math.round(tally.requests / SECONDS);
  console.log(
    `release under load: ${tally.requests} requests in ${SECONDS} s (${rate}/s, ${CONNECTIONS} connections, ${pages.length} pages); ` +
      `published at ${published.toFixed(1)} s, rolled back at ${rolledBack.toFixed(1)} s; ` +
      `${tally.errors} errors, ${tally.non2xx} non-2xx, ${tally.incomplete} incomplete; releases seen: ${[...seen.keys()].sort().join(', ')}`,
  );
  if (!seen.has('b')) problems.push('no page of the new release was served');
  if (problems.length > 0) {
    console.error(`failed:\n  ${[...new Set(problems)].slice(0, 20).join('\n  ')}`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
