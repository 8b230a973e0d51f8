// `npm run bench:history`: what a long history costs. In a throwaway copy of the project, one long
// document (the privacy policy's own text, both languages, dated by the site) is taken through N
// versions as an editor would: each step archives the text in force with the function behind
// `npm run content:archive`, then dates the new text, sums up its change and adds one sentence.
// For each N (HISTORY_SIZES, default 1,10,30,60,100), on the copy: the content checks, the PDFs,
// `next build` (with the peak resident memory of its process tree), the export, the pages in out/
// and the bytes of out/ and .next/. Writes the table, with the ratios to one version and the
// issue's bounds (checks + PDFs + build + export within 2.5x, out/ within 4x at 60 versions), to
// docs/performance.md. Fails only if HISTORY_STRICT=1 and a bound is missed: timings depend on
// the machine, so the command reports them and no test depends on them.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { archiveDocument } from '@/lib/versions/archive';
import { commandLine, writeSection } from './performance-page';
import { residentMb } from './process-memory';
import { copyProject } from '../tests/support/project-copy';

const SIZES = (process.env.HISTORY_SIZES ?? '1,10,30,60,100').split(',').map(Number);
const SLUG = 'history-bench';
const BUILD_DATE = '2026-12-07';

/** The body of an MDX file: what follows its frontmatter. */
const bodyOf = (file: string) => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

/** The date of the i-th version: a version every 20 days from 2020-01-01. */
function dateOf(i: number): string {
  return new Date(Date.UTC(2020, 0, 1) + i * 20 * 86_400_000).toISOString().slice(0, 10);
}

const WORDS = {
  en: {
    title: 'History Benchmark Policy',
    description: 'The privacy policy’s text taken through many versions to measure the site.',
    summary: (i: number) => `Adds sentence ${i} to the closing section.`,
    sentence: (i: number) => `This is sentence ${i}, added by version ${i + 1}.`,
  },
  'zh-CN': {
    title: '历史版本基准测试政策',
    description: '以隐私政策文本经历多个版本，用于测量网站。',
    summary: (i: number) => `在最后一节增加第 ${i} 句。`,
    sentence: (i: number) => `这是第 ${i} 句，由第 ${i + 1} 个版本增加。`,
  },
} as const;

/** Writes the document in force as version i (0 is the first), with i added sentences. */
function writeVersion(dir: string, i: number, bodies: Record<keyof typeof WORDS, string>) {
  for (const locale of ['en', 'zh-CN'] as const) {
    const w = WORDS[locale];
    const sentences = Array.from({ length: i }, (_, k) => w.sentence(k + 1)).join(' ');
    const front = [
      '---',
      `title: ${w.title}`,
      `description: ${w.description}`,
      `lastUpdated: ${dateOf(i)}`,
      'prevailingLanguage: zh-CN',
      ...(i > 0 ? [`changeSummary: ${w.summary(i)}`] : []),
      '---',
    ].join('\n');
    const file = path.join(dir, 'content', SLUG, `${locale}.mdx`);
    writeFileSync(file, `${front}\n${bodies[locale]}${sentences ? `\n${sentences}\n` : ''}`);
  }
}

type Run = { seconds: number; peakMb: number };

/** Runs a command in the copy; its wall time and the peak resident memory of its process tree. */
function run(
  dir: string,
  args: string[],
  env: Record<string, string> = {},
  command = process.execPath,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, {
      cwd: dir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', BUILD_DATE, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    let peakMb = 0;
    const sample = setInterval(() => {
      peakMb = Math.max(peakMb, residentMb(child.pid!));
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sample);
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited ${code}\n${stderr}`));
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ seconds, peakMb });
    });
  });
}

/** Bytes and files under a folder. */
function sizeOf(dir: string): { bytes: number; files: number; pages: number } {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        bytes += statSync(p).size;
        files += 1;
        if (e.name === 'index.html') pages += 1;
      }
    }
  };
  walk(dir);
  return { bytes, files, pages };
}

type Row = {
  versions: number;
  checks: number;
  pdfs: number;
  build: number;
  buildPeakMb: number;
  exportSeconds: number;
  pages: number;
  outMb: number;
  nextMb: number;
};

async function measure(versions: number): Promise<Row> {
  const dir = await copyProject('history-bench-');
  try {
    mkdirSync(path.join(dir, 'content', SLUG), { recursive: true });
    const bodies = {
      en: bodyOf('content/privacy/en.mdx'),
      'zh-CN': bodyOf('content/privacy/zh-CN.mdx'),
    };
    writeVersion(dir, 0, bodies);
    for (let i = 1; i < versions; i++) {
      await archiveDocument(SLUG, path.join(dir, 'content'));
      writeVersion(dir, i, bodies);
    }
    const tsx = (script: string) => ['--import', 'tsx', path.join('scripts', script)];
    // The script of the compare pages, as `npm run build` makes it before `next build`.
    await run(dir, ['run', '--silent', 'compare-script'], {}, 'npm');
    const checks = await run(dir, tsx('check-content.ts'));
    const pdfs = await run(dir, tsx('build-pdfs.ts'));
    const build = await run(dir, [
      path.join('node_modules', 'next', 'dist', 'bin', 'next'),
      'build',
    ]);
    const exported = await run(dir, tsx('export.ts'), { EXPORT_PORT: '3690' });
    const out = sizeOf(path.join(dir, 'out'));
    const next = sizeOf(path.join(dir, '.next'));
    const row: Row = {
      versions,
      checks: checks.seconds,
      pdfs: pdfs.seconds,
      build: build.seconds,
      buildPeakMb: build.peakMb,
      exportSeconds: exported.seconds,
      pages: out.pages,
      outMb: out.bytes / 1e6,
      nextMb: next.bytes / 1e6,
    };
    console.error(`bench:history: ${versions} versions ${JSON.stringify(row)}`);
    return row;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const s = (n: number) => n.toFixed(1);
const total = (r: Row) => r.checks + r.pdfs + r.build + r.exportSeconds;

async function main() {
  const rows: Row[] = [];
  for (const n of SIZES) rows.push(await measure(n));
  const one = rows.find((r) => r.versions === 1) ?? rows[0]!;
  const lines = [
    '| versions | pages in `out/` | content checks | PDFs | `next build` | build peak memory | export | all four | × one version | `out/` | × one version | `.next/` |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.versions} | ${r.pages} | ${s(r.checks)} s | ${s(r.pdfs)} s | ${s(r.build)} s | ${r.buildPeakMb.toFixed(0)} MB | ${s(r.exportSeconds)} s | ${s(total(r))} s | ${(total(r) / total(one)).toFixed(2)} | ${s(r.outMb)} MB | ${(r.outMb / one.outMb).toFixed(2)} | ${s(r.nextMb)} MB |`,
    ),
  ];
  const sixty = rows.find((r) => r.versions === 60);
  const misses: string[] = [];
  if (sixty && total(sixty) > 2.5 * total(one))
    misses.push(
      `60 versions take ${(total(sixty) / total(one)).toFixed(2)}x one version's time (bound 2.5x)`,
    );
  if (sixty && sixty.outMb > 4 * one.outMb)
    misses.push(
      `60 versions' out/ is ${(sixty.outMb / one.outMb).toFixed(2)}x one version's (bound 4x)`,
    );
  const verdict = sixty
    ? misses.length
      ? `Bounds missed: ${misses.join('; ')}.`
      : `Within the bounds at 60 versions: ${(total(sixty) / total(one)).toFixed(2)}x the time (bound 2.5x) and ${(sixty.outMb / one.outMb).toFixed(2)}x the bytes of \`out/\` (bound 4x) of one version.`
    : 'No run at 60 versions: the bounds were not checked.';
  const body = `${lines.join('\n')}\n\nThe site's other documents are built beside it in every run. "All four" is the content checks, the PDFs, \`next build\` and the export (which serves the build and saves every page). Peak memory is the resident memory of \`next build\`'s process tree, sampled every 100 ms.\n\n${verdict}`;
  await writeSection('history', body, commandLine('bench/history.ts', ['HISTORY_SIZES']));
  console.log(body);
  if (misses.length && process.env.HISTORY_STRICT === '1') process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
