// The build id names what was built: the commit and every source file as it is in the working
// tree, so an uncommitted change to code or content gives another id (and an export made before
// it is refused as stale), while two checkouts of one commit, ignored files aside, get one id.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildId } from '@/lib/build/build-id.mjs';
import { recordProblems, writeExportRecord } from '@/lib/host/export-check';
import { fixtureSite } from '@/tests/unit/helpers/fixture-site';

const made: string[] = [];
const FOOTER = 'export const Footer = () => <footer>ICP 12345</footer>;\n';

/**
 * A project folder with one document, a page component and a README, optionally committed to a
 * new git repository that ignores build output (.next/, *.tsbuildinfo).
 */
function project(text: string, { git = false } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'build-id-'));
  made.push(dir);
  mkdirSync(path.join(dir, 'content', 'privacy'), { recursive: true });
  writeFileSync(path.join(dir, 'content', 'privacy', 'en.mdx'), text);
  mkdirSync(path.join(dir, 'components'));
  writeFileSync(path.join(dir, 'components', 'footer.tsx'), FOOTER);
  writeFileSync(path.join(dir, 'README.md'), '# The site\n');
  if (git) {
    writeFileSync(path.join(dir, '.gitignore'), '.next/\n*.tsbuildinfo\n');
    const run = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    run('init', '-q');
    run('add', '.');
    run('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'c');
  }
  return dir;
}

afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('build id', () => {
  it('is the commit and a hash of the sources, the same in two clones of it', () => {
    const dir = project('# Privacy\n', { git: true });
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' });
    const clone = `${dir}-clone`;
    made.push(clone);
    execFileSync('git', ['clone', '-q', dir, clone]);
    expect(buildId(dir)).toMatch(new RegExp(`^${commit.slice(0, 12)}-[0-9a-f]{10}$`));
    expect(buildId(clone)).toBe(buildId(dir));
  });

  it('changes when a document is edited without a commit', () => {
    const dir = project('# Privacy\n', { git: true });
    const before = buildId(dir);
    writeFileSync(path.join(dir, 'content', 'privacy', 'en.mdx'), '# Privacy policy\n');
    expect(buildId(dir)).not.toBe(before);
  });

  it('changes when code outside content/ is edited without a commit', () => {
    const dir = project('# Privacy\n', { git: true });
    const before = buildId(dir);
    writeFileSync(path.join(dir, 'components', 'footer.tsx'), FOOTER.replace('12345', '54321'));
    expect(buildId(dir)).not.toBe(before);
  });

  it('changes when a source file is added, not yet committed, and again when it is removed', () => {
    const dir = project('# Privacy\n', { git: true });
    const before = buildId(dir);
    mkdirSync(path.join(dir, 'lib'));
    writeFileSync(path.join(dir, 'lib', 'site-config.ts'), 'export const SITE = 1;\n');
    const added = buildId(dir);
    expect(added).not.toBe(before);
    rmSync(path.join(dir, 'components', 'footer.tsx'));
    expect(buildId(dir)).not.toBe(added);
  });

  it('stays the same for what the build does not read or git ignores', () => {
    const dir = project('# Privacy\n', { git: true });
    const clone = `${dir}-clone`;
    made.push(clone);
    execFileSync('git', ['clone', '-q', dir, clone]);
    writeFileSync(path.join(dir, 'README.md'), '# The site, described\n');
    mkdirSync(path.join(dir, '.next'));
    writeFileSync(path.join(dir, '.next', 'BUILD_ID'), 'x');
    writeFileSync(path.join(dir, 'components', 'tsconfig.tsbuildinfo'), '{}');
    expect(buildId(dir)).toBe(buildId(clone));
  });

  it('makes an export from before an uncommitted code change stale for serve:static', () => {
    const dir = project('# Privacy\n', { git: true });
    mkdirSync(path.join(dir, 'out'));
    const site = fixtureSite(path.join(dir, 'out'));
    const record = path.join(dir, 'export.json');
    const exported = buildId(dir);
    writeExportRecord(record, site, exported);
    expect(recordProblems(site, record, buildId(dir))).toEqual([]);
    writeFileSync(path.join(dir, 'components', 'footer.tsx'), FOOTER.replace('12345', '54321'));
    expect(recordProblems(site, record, buildId(dir))).toEqual([
      `the export is of build ${exported}, but the build in .next is ${buildId(dir)} (built since)`,
    ]);
  });

  it('falls back to a hash of the sources outside git, equal for equal trees', () => {
    const a = project('# Privacy\n');
    const b = project('# Privacy\n');
    const c = project('# Privacy policy\n');
    expect(buildId(a)).toMatch(/^src-[0-9a-f]{22}$/);
    expect(buildId(b)).toBe(buildId(a));
    expect(buildId(c)).not.toBe(buildId(a));
  });

  it('does not take the commit of a repository the tree was unpacked into', () => {
    const outer = project('# Outer\n', { git: true });
    const inner = path.join(outer, 'unpacked');
    mkdirSync(path.join(inner, 'content'), { recursive: true });
    writeFileSync(path.join(inner, 'content', 'x.mdx'), '# X\n');
    expect(buildId(inner)).toMatch(/^src-/);
  });
});
