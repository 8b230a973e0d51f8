import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildId } from '@/lib/build/build-id.mjs';

const made: string[] = [];

/** A project folder with one document, optionally committed to a new git repository. */
function project(text: string, { git = false } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'build-id-'));
  made.push(dir);
  mkdirSync(path.join(dir, 'content', 'privacy'), { recursive: true });
  writeFileSync(path.join(dir, 'content', 'privacy', 'en.mdx'), text);
  if (git) {
    const run = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    run('init', '-q');
    run('add', '.');
    run('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'c');
  }
  return dir;
}

afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('build id', () => {
  it('is the commit and a hash of content/, the same in two clones of it', () => {
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
