// `npm run release`: builds and exports the site into releases/<id>/site (id: UTC time and
// commit), writes its nginx configuration into releases/<id>/nginx, checks it (every sitemap page
// present and complete, its stylesheets, both 404 pages, the headers snippet) and only then points
// releases/current at it with an atomic rename; keeps the last 5 releases.
// `npm run rollback` points current at the release before it.
// Then it prints the next day a rebuild is due: pages are prerendered, so an announced version
// becomes the one in force only in a release built on or after its effective date.
//   --from DIR      publish an existing export (e.g. out/) instead of building one
//   RELEASES_DIR    the releases folder (default releases/)
//   BUILD_DATE      the day (YYYY-MM-DD) the release is built for (default today in Beijing)
//   NGINX_LISTEN    listen of the plain-HTTP server (default 8080; a CDN origin)
//   TLS_CERTIFICATE, TLS_CERTIFICATE_KEY, SITE_ORIGIN (https://…): an HTTPS server on
//                   TLS_LISTEN (default 443) and a redirecting HTTP server on REDIRECT_LISTEN (80)
//   NGINX_VERSION   the host's nginx, when not this machine's (HTTP/2's form changed in 1.25.1)
// nginx serves releases/current/site with releases/current/nginx/site.conf; it needs a reload
// (nginx -s reload) only when that configuration changed, which this script says.
// Each release records its commit, BUILD_DATE and Node.js (release.json) and the checksums of
// the files as built (SHA256SUMS), so it can be rebuilt and checked: docs/releases.md. Before
// building, it holds the releases already kept to the publication records (npm run
// check:releases) and stops if one published a text that no record names.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describeSchedule, rebuildSchedule } from '@/lib/versions/schedule';
import { buildDate } from '@/lib/dates';
import { CURRENT, provenance, publish, releaseExportEnv, rollback } from '@/lib/host/releases';
import { serverOptionsFrom } from '@/lib/host/nginx-config';
import { formatProblem } from '@/lib/mdx/problem';
import { checkReleaseRecords } from '@/lib/versions/release-records';

const dir = path.resolve(process.env.RELEASES_DIR ?? 'releases');

/** Where `current` lives and what nginx reads through it, for the operator. */
function whereCurrentIs(id: string): string {
  const shown = (file: string) => {
    const relative = path.relative('.', file);
    return relative && !relative.startsWith('..') ? relative : file;
  };
  const current = path.join(dir, CURRENT);
  return [
    `release: ${shown(current)} -> ${shown(path.join(dir, id))} (${current})`,
    `release: nginx serves ${shown(path.join(current, 'site'))} with ${shown(path.join(current, 'nginx', 'site.conf'))}`,
  ].join('\n');
}

/**
 * Builds the site for `date` and exports it into `site` (what `npm run export` does,
 * elsewhere), with host/nginx-site.conf written for releases/current/site. The date is fixed
 * before the build, so the one recorded is the one built for even when the build runs past
 * midnight in Beijing.
 */
function buildAndExport(site: string, date: string): void {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', BUILD_DATE: date };
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', env });
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/export.ts'], {
    stdio: 'inherit',
    env: { ...env, ...releaseExportEnv(dir, site) },
  });
}

async function main() {
  const args = process.argv.slice(2);
  // Read first: a half-given HTTPS configuration stops the release before any build.
  const nginx = serverOptionsFrom(process.env);
  if (args.includes('--rollback')) {
    const { from, to } = rollback(dir);
    console.log(`rollback: current is ${to} (was ${from})`);
    console.log(whereCurrentIs(to));
    return;
  }
  // Every text the releases on this host published must be in the records before another is
  // published: one replaced in place without a record would otherwise leave no trace.
  const { problems } = await checkReleaseRecords(dir);
  if (problems.length > 0) {
    throw new Error(
      `release: the releases in ${dir} published texts that no record in content/ names:\n${problems.map(formatProblem).join('\n')}\nrecord them first (npm run check:releases); nothing was released`,
    );
  }
  const fromIndex = args.indexOf('--from');
  const from = fromIndex >= 0 ? path.resolve(args[fromIndex + 1] ?? '') : undefined;
  if (from && !existsSync(from)) throw new Error(`--from ${from}: no such folder`);
  const configOf = (id: string | undefined) => {
    const file = id && path.join(dir, id, 'nginx', 'site.conf');
    return file && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  // An existing export was built for a date this script cannot know: BUILD_DATE names it.
  const date = from ? process.env.BUILD_DATE || null : buildDate();
  if (from && !date) {
    console.warn(
      'release: --from without BUILD_DATE: release.json cannot say which day the export was built for, so it cannot be rebuilt byte for byte (set BUILD_DATE=YYYY-MM-DD to the date it was exported with)',
    );
  }
  const { id, previous, removed } = publish({
    dir,
    build: from
      ? (site) => cpSync(from, site, { recursive: true })
      : (site) => buildAndExport(site, date!),
    server: nginx,
    provenance: provenance(date),
  });
  console.log(`release: current is ${id}${previous ? ` (was ${previous})` : ''}`);
  console.log(whereCurrentIs(id));
  if (removed.length > 0) console.log(`release: removed ${removed.join(', ')}`);
  if (previous && configOf(id) !== configOf(previous)) {
    console.log(`release: the nginx configuration changed; run nginx -s reload`);
  }
  const day = date ?? buildDate();
  console.log(describeSchedule(await rebuildSchedule(day), day).join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
