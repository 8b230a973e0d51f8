// Proves a change to the stylesheets moved nothing: takes full-page screenshots of every kind of
// page (both languages, 320 and 1280 px, light and dark, and the document printed) from two
// sites and compares them pixel by pixel. Prints the pages that differ, writes a diff image for
// each, and exits 1 if any does.
//
// Usage: npm run screenshots:compare -- <before> [<after>]
// (with one side only, its screenshots are saved for a later run to compare against)
// Each side is one of:
//   - a checkout of this project (a folder with package.json, e.g. a worktree of main): it is
//     copied, given the fixture document with three versions (the published ones have two, so
//     they have no comparison page), built and served on PORT (default 4490) and PORT + 1;
//   - the address of a running site (http://127.0.0.1:4480) that already has those pages;
//   - a folder of screenshots an earlier run saved (tests/screenshots/compare/before).
// Screenshots go to tests/screenshots/compare/{before,after}/, differences to .../diff/.
import { cp, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { capture, compare, FIXTURE, OUT } from '../tests/support/screenshot-comparison';
import { buildProject, copyProject } from '../tests/support/project-copy';
import { startProductionServer, type RunningServer } from '../tests/support/production-server';

const PORT = Number(process.env.PORT ?? 4490);

/** Copies a checkout, adds the fixture document, builds it and serves it on `port`. */
async function serveCheckout(checkout: string, port: number): Promise<RunningServer> {
  console.log(`Building a copy of ${checkout} (a few minutes)...`);
  const dir = await copyProject('screenshots-', checkout);
  await cp(FIXTURE, path.join(dir, 'content', path.basename(FIXTURE)), { recursive: true });
  await buildProject(dir);
  const server = await startProductionServer(port, dir);
  return { ...server, stop: () => (server.stop(), void rm(dir, { recursive: true, force: true })) };
}

async function isDir(p: string) {
  return stat(p).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** Brings one side's screenshots into OUT/<label> and returns that folder. */
async function collect(source: string, label: string, port: number): Promise<string> {
  const dir = path.join(OUT, label);
  if (/^https?:\/\//.test(source)) {
    await capture(source.replace(/\/$/, ''), dir);
  } else if (await isDir(path.join(source, 'node_modules'))) {
    const server = await serveCheckout(source, port);
    try {
      await capture(server.origin, dir);
    } finally {
      server.stop();
    }
  } else if (await isDir(source)) {
    if (path.resolve(source) !== path.resolve(dir)) {
      await rm(dir, { recursive: true, force: true });
      await cp(source, dir, { recursive: true });
    }
  } else {
    throw new Error(`${source}: neither an address, a checkout with node_modules, nor a folder.`);
  }
  return dir;
}

async function main() {
  const [before, after] = process.argv.slice(2);
  if (!before) {
    console.error(
      'Usage: npm run screenshots:compare -- <before> <after> (see the file for what each may be)',
    );
    process.exit(2);
  }
  const beforeDir = await collect(before, 'before', PORT);
  // One side only: keep its screenshots for a later run that is given this folder.
  if (!after) return;
  const afterDir = await collect(after, 'after', PORT + 1);
  const { total, differing } = await compare(beforeDir, afterDir);
  for (const line of differing) console.log(`differs: ${line}`);
  console.log(`${total} screenshots compared, ${differing.length} differing.`);
  process.exit(differing.length === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
