// A release under load loses nothing: serves releases/current with nginx, runs a bounded load
// (50 connections for 15 s over every page of the sitemap) while it publishes a new release and
// then rolls back, and fails unless every answer was a 200 with a complete page (its closing
// </html>) whose stylesheet belongs to the same release and is served. The releases live in a
// temporary folder; the site is the export (out/, or SITE_ROOT). PORT (default 5820),
// CONNECTIONS and SECONDS_OF_LOAD change the load. The run's figures are printed.
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publish, rollback } from '@/lib/host/releases';
import { OUT_DIR, startStaticServer } from '@/scripts/lib/static-server';
import { RELEASE_MARK, variant } from '../support/release-variant';

const PORT = Number(process.env.PORT ?? 5820);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const SECONDS = Number(process.env.SECONDS_OF_LOAD ?? 15);

type Tally = { requests: number; errors: number; non2xx: number; incomplete: number };

const work = mkdtempSync(path.join(tmpdir(), 'release-load-'));
const dir = path.join(work, 'releases');
const source = path.resolve(process.env.SITE_ROOT ?? OUT_DIR);
const copy = (from: string) => (to: string) => cpSync(from, to, { recursive: true });
let server: Awaited<ReturnType<typeof startStaticServer>>;
let pages: string[] = [];

beforeAll(async () => {
  chmodSync(work, 0o755); // nginx workers run as nobody
  variant(source, path.join(work, 'a'), 'a');
  variant(source, path.join(work, 'b'), 'b');
  publish({ dir, build: copy(path.join(work, 'a')), id: '20260101T000000Z-a' });
  server = await startStaticServer(PORT, { root: path.join(dir, 'current', 'site') });
  const sitemap = readFileSync(path.join(source, 'sitemap.xml'), 'utf8');
  pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
});
afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('a release and a rollback under load', () => {
  const tally: Tally = { requests: 0, errors: 0, non2xx: 0, incomplete: 0 };
  const seen = new Map<string, Set<string>>(); // release → stylesheets its pages named
  const problems: string[] = [];

  /** Reads pages in turn until the end of the load, tallying every answer. */
  async function worker(end: number, next: { page: number }) {
    while (Date.now() < end) {
      const page = pages[next.page++ % pages.length]!;
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
  }

  beforeAll(async () => {
    const started = Date.now();
    const next = { page: 0 };
    const end = started + SECONDS * 1000;
    const load = Promise.all(Array.from({ length: CONNECTIONS }, () => worker(end, next)));
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
    const rate = Math.round(tally.requests / SECONDS);
    console.log(
      `release under load: ${tally.requests} requests in ${SECONDS} s (${rate}/s, ${CONNECTIONS} connections, ${pages.length} pages); ` +
        `published at ${published.toFixed(1)} s, rolled back at ${rolledBack.toFixed(1)} s; ` +
        `${tally.errors} errors, ${tally.non2xx} non-2xx, ${tally.incomplete} incomplete; releases seen: ${[...seen.keys()].sort().join(', ')}`,
    );
  });

  it('answers every request with a 200 and a complete page of one release', () => {
    expect([...new Set(problems)].slice(0, 20)).toEqual([]);
    expect(tally).toMatchObject({ errors: 0, non2xx: 0, incomplete: 0 });
    expect(tally.requests).toBeGreaterThan(0);
  });

  it('served pages of the new release while it was current', () => {
    expect([...seen.keys()].sort()).toContain('b');
  });

  it("names on every page a stylesheet of the page's own release, and serves each after the run", async () => {
    const wrong: string[] = [];
    for (const [release, styles] of seen) {
      for (const href of styles) {
        if (!href.endsWith(`-${release}.css`)) wrong.push(`release ${release} page named ${href}`);
        const response = await fetch(server.origin + href);
        await response.arrayBuffer();
        if (response.status !== 200) wrong.push(`${href}: ${response.status} after the run`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
