// `npm run bench`: a benchmark, not a test (loopback only, bounded in time). It builds and
// exports the site once, then measures for /privacy/ and /en/privacy/:
// - page weight: HTML, CSS and JavaScript gzipped and the requests a browser makes, served by
//   the site's server (`npm start`) and by the exported artifact under nginx;
// - throughput and p99 latency at 50 connections for the site's server and the artifact, plain
//   and with gzip accepted, each as a ratio to nginx serving that same HTML file with no
//   configuration, asked the same way, in the same run (the machine's limit);
// - Lighthouse 12.2.3 (mobile) scores and LCP, TBT and CLS for both;
// - build time, and build time with 200 extra generated documents (in a temporary copy of the
//   project, never in content/), as seconds per page;
// checks them against the budgets, prints them and writes them to docs/performance.md (its
// bench section only, stamped with date, commit and machine).
// DURATION sets the seconds per throughput run (10). BENCH_PORT is the first of the loopback
// ports it uses (3700: the site's server; +50 the artifact, +60 bare nginx, +70 Chromium's
// debugging port for Lighthouse); EXPORT_PORT is the export's (3600).
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import lighthouse from 'lighthouse';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumLaunch } from '../tests/support/chromium';
import { CSS_BUDGET_BYTES, jsBudgetFor } from '../scripts/lib/budgets';
import { buildProject, copyProject } from '../tests/support/project-copy';
import { commandLine, writeSection } from './performance-page';
import { startProductionServer, type RunningServer } from '../tests/support/production-server';
import { OUT_DIR, startStaticServer } from '../scripts/lib/static-server';

const PAGES = ['/privacy/', '/en/privacy/'];
const DURATION = Number(process.env.DURATION ?? 10);
const EXTRA_DOCUMENTS = 200;
/** The site's server must reach this share of bare nginx's throughput on the same page. */
const SERVER_RATIO = 0.15;
const PORT = Number(process.env.BENCH_PORT ?? 3700);
const PORTS = { site: PORT, artifact: PORT + 50, limit: PORT + 60, lighthouse: PORT + 70 };

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A document in both languages, about the size of a real one, for the build-time run. */
function generatedDocument(n: number, locale: 'en' | 'zh-CN'): string {
  const title = locale === 'en' ? `Generated Notice ${n}` : `生成的声明 ${n}`;
  const sections = Array.from({ length: 8 }, (_, s) => {
    const heading = locale === 'en' ? `Section ${s + 1}` : `第 ${s + 1} 节`;
    const text =
      locale === 'en'
        ? 'This paragraph stands for legal text of ordinary length, with a [link](/privacy/#cookies) and **bold** words. '.repeat(
            4,
          )
        : '本段代表普通长度的法律文本，包含一个[链接](/privacy/#cookies)和**加粗**的文字。'.repeat(
            6,
          );
    return `## ${heading} [#section-${s + 1}]\n\n${text}\n\n${text}\n`;
  });
  return `---\ntitle: ${title}\ndescription: ${title}.\nlastUpdated: 2020-01-01\nprevailingLanguage: zh-CN\n---\n\n${sections.join('\n')}`;
}

/**
 * The pages a build prerendered: the App Router's HTML files, every page and the 404 page (not
 * the framework's own error pages, which the site never serves).
 */
function prerenderedPages(dir: string): number {
  return readdirSync(path.join(dir, '.next', 'server'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pages') && !f.includes('_global-error'))
    .length;
}

async function buildTimes() {
  let start = process.hrtime.bigint();
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'ignore' });
  const plain = seconds(start);
  const pagesPlain = prerenderedPages('.');
  const copy = await copyProject('bench-many-documents-');
  try {
    for (let n = 1; n <= EXTRA_DOCUMENTS; n++) {
      mkdirSync(path.join(copy, 'content', `generated-${n}`));
      for (const locale of ['en', 'zh-CN'] as const) {
        writeFileSync(
          path.join(copy, 'content', `generated-${n}`, `${locale}.mdx`),
          generatedDocument(n, locale),
        );
      }
    }
    start = process.hrtime.bigint();
    await buildProject(copy);
    return { plain, many: seconds(start), pagesPlain, pagesMany: prerenderedPages(copy) };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

type Weight = { html: number; css: number; js: number; requests: number };

/** What a browser loads for a page; sizes are each body gzipped (-9), so servers compare. */
async function pageWeight(origin: string, url: string): Promise<Weight> {
  const browser = await chromium.launch(chromiumLaunch);
  const page = await browser.newPage();
  const loaded: { type: string; url: string }[] = [];
  page.on('requestfinished', (request) => {
    loaded.push({ type: request.resourceType(), url: request.url() });
  });
  await page.goto(origin + url, { waitUntil: 'networkidle' });
  await browser.close();
  const weight: Weight = { html: 0, css: 0, js: 0, requests: loaded.length };
  for (const { type, url: resource } of loaded) {
    const body = Buffer.from(await (await fetch(resource)).arrayBuffer());
    const gz = gzipSync(body, { level: 9 }).length;
    if (type === 'document') weight.html += gz;
    else if (type === 'stylesheet') weight.css += gz;
    else if (type === 'script') weight.js += gz;
  }
  return weight;
}

const ENCODINGS = ['plain', 'gzip'] as const;

async function throughput(origin: string, url: string, encoding: (typeof ENCODINGS)[number]) {
  const result = await autocannon({
    url: origin + url,
    connections: 50,
    duration: DURATION,
    headers: encoding === 'gzip' ? { 'accept-encoding': 'gzip' } : {},
  });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/**
 * Lighthouse over Chromium's debugging port, in the Playwright-launched Chromium the tests use
 * (Lighthouse needs only the port: no second launcher).
 */
async function lighthouseRun(origin: string, url: string) {
  // Lighthouse sometimes misses the start of the navigation in its trace (NO_NAVSTART) and asks
  // to be run again; a fresh browser then measures normally. Other errors stop the bench.
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouseOnce(origin, url);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof Error) || !error.message.includes('NO_NAVSTART')) {
        throw error;
      }
      console.log(`bench: Lighthouse on ${url} lost its trace (NO_NAVSTART); running it again`);
    }
  }
}

async function lighthouseOnce(origin: string, url: string) {
  const browser = await chromium.launch({
    ...chromiumLaunch,
    args: [...chromiumLaunch.args, `--remote-debugging-port=${PORTS.lighthouse}`],
  });
  try {
    const result = await lighthouse(origin + url, {
      port: PORTS.lighthouse,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result!.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
    };
  } finally {
    await browser.close();
  }
}

function table(head: string[], rows: (string | number)[][]): string {
  const lines = [head, head.map(() => '---'), ...rows.map((r) => r.map(String))];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

type Servers = Record<string, RunningServer>;

/** The site's server and the artifact under nginx, and bare nginx on the same files (the limit). */
async function startServers() {
  const servers: Servers = {
    'site server (npm start)': await startProductionServer(PORTS.site),
    'artifact (nginx)': await startStaticServer(PORTS.artifact),
  };
  const limit = await startStaticServer(PORTS.limit, {
    server: `server {\n  listen 127.0.0.1:${PORTS.limit};\n  root ${OUT_DIR};\n  gzip_static on;\n  location / { }\n}\n`,
  });
  const stop = () => Promise.all([...Object.values(servers), limit].map((s) => s.stop()));
  return { servers, limit, stop };
}

/** Page weight on each server; budget misses are added to `budgets`. */
async function weightTable(servers: Servers, budgets: string[]): Promise<string> {
  console.error('bench: page weight…');
  const rows: (string | number)[][] = [];
  for (const url of PAGES) {
    for (const [name, server] of Object.entries(servers)) {
      const w = await pageWeight(server.origin, url);
      rows.push([url, name, kb(w.html), kb(w.css), kb(w.js), w.requests]);
      if (w.css > CSS_BUDGET_BYTES)
        budgets.push(`CSS over ${kb(CSS_BUDGET_BYTES)} on ${name} ${url}`);
      if (w.js > jsBudgetFor(url)) {
        budgets.push(`JavaScript over ${kb(jsBudgetFor(url))} on ${name} ${url}`);
      }
    }
  }
  return table(['page', 'server', 'HTML gz', 'CSS gz', 'JS gz', 'requests'], rows);
}

/** Throughput of each server as a ratio to bare nginx, asked the same way just before. */
async function throughputTable(
  servers: Servers,
  limit: RunningServer,
  budgets: string[],
): Promise<string> {
  console.error(`bench: throughput (${DURATION} s per run)…`);
  const rows: (string | number)[][] = [];
  for (const url of PAGES) {
    for (const encoding of ENCODINGS) {
      const file = `${url}index.html`;
      const base = await throughput(limit.origin, file, encoding);
      rows.push([
        url,
        encoding,
        `nginx, ${file} alone (limit)`,
        base.rps.toFixed(0),
        base.p99,
        '1.00',
        base.errors,
      ]);
      for (const [name, server] of Object.entries(servers)) {
        const r = await throughput(server.origin, url, encoding);
        const ratio = r.rps / base.rps;
        rows.push([url, encoding, name, r.rps.toFixed(0), r.p99, ratio.toFixed(3), r.errors]);
        if (r.errors > 0) budgets.push(`${r.errors} errors on ${name} ${url} (${encoding})`);
        if (name.startsWith('site server') && encoding === 'plain' && ratio < SERVER_RATIO) {
          budgets.push(
            `the site server at ${ratio.toFixed(3)} of nginx's throughput on ${url} (budget ${SERVER_RATIO}, plain)`,
          );
        }
      }
    }
  }
  return table(['page', 'encoding', 'server', 'req/s', 'p99 ms', 'ratio to limit', 'errors'], rows);
}

/** Lighthouse on each server; the artifact must score 100 in every category. */
async function lighthouseTable(servers: Servers, budgets: string[]): Promise<string> {
  console.error('bench: Lighthouse…');
  const rows: (string | number)[][] = [];
  for (const url of PAGES) {
    for (const [name, server] of Object.entries(servers)) {
      const lh = await lighthouseRun(server.origin, url);
      const scores = [lh.performance, lh.accessibility, lh.bestPractices, lh.seo];
      rows.push([
        url,
        name,
        ...scores,
        `${lh.lcp.toFixed(0)} ms`,
        `${lh.tbt.toFixed(0)} ms`,
        lh.cls.toFixed(3),
      ]);
      if (name.startsWith('artifact') && scores.some((s) => s < 100)) {
        budgets.push(`Lighthouse below 100 on the artifact ${url}: ${scores.join('/')}`);
      }
    }
  }
  const head = ['page', 'server', 'performance', 'accessibility', 'best practices', 'SEO'];
  return table([...head, 'LCP', 'TBT', 'CLS'], rows);
}

/** Seconds per page with and without the extra documents: it must not grow. */
function buildTable(builds: Awaited<ReturnType<typeof buildTimes>>, budgets: string[]): string {
  const perPlain = builds.plain / builds.pagesPlain;
  const perMany = builds.many / builds.pagesMany;
  if (perMany > perPlain) budgets.push('build time per page grows with the number of documents');
  return table(
    ['build', 'pages', 'seconds', 'seconds per page'],
    [
      ['the site (npm run build)', builds.pagesPlain, builds.plain.toFixed(1), perPlain.toFixed(3)],
      [
        `with ${EXTRA_DOCUMENTS} more documents`,
        builds.pagesMany,
        builds.many.toFixed(1),
        perMany.toFixed(3),
      ],
    ],
  );
}

async function main() {
  console.error('bench: building (twice: the site, and a copy with 200 more documents)…');
  const builds = await buildTimes();
  console.error('bench: exporting…');
  execFileSync('npx', ['tsx', 'scripts/export.ts'], { stdio: 'ignore' });

  const budgets: string[] = [];
  const tables: string[] = [];
  const { servers, limit, stop } = await startServers();
  try {
    tables.push(await weightTable(servers, budgets));
    tables.push(await throughputTable(servers, limit, budgets));
    tables.push(await lighthouseTable(servers, budgets));
  } finally {
    await stop();
  }
  tables.push(buildTable(builds, budgets));

  const verdict =
    budgets.length === 0 ? 'All budgets met.' : `Budgets not met:\n\n- ${budgets.join('\n- ')}`;
  console.log(`${tables.join('\n\n')}\n\n${verdict}`);
  const command = commandLine('bench/bench.ts', ['DURATION', 'BENCH_PORT', 'EXPORT_PORT']);
  await writeSection('bench', `${tables.join('\n\n')}\n\n${verdict}`, command);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
