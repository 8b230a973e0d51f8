// Tests the report `npm run content:changes` prints for editors: what changed, section by
// section, with key-clause marks, and the command's answers when there is nothing to compare.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { changesReport } from '@/lib/versions/changes-report';
import { compareOutlines, granularityFor } from '@/lib/versions/redline';
import { redlineLabelsOf } from '@/lib/versions/redline-labels';
import { compileDocument } from '@/lib/mdx/compile';
import { listVersions, loadVersion } from '@/lib/versions/versions';

const front =
  '---\ntitle: T\ndescription: D\nlastUpdated: 2020-01-01\nprevailingLanguage: zh-CN\n---\n';
const outline = async (body: string) =>
  (await compileDocument(`${front}\n${body}`, 'content/x/en.mdx')).outline;

describe('changesReport', () => {
  it('lists every section, marks words and key clauses, and leaves unchanged text out', async () => {
    const older = await outline(
      '## Scope [#scope]\n\nOne.\n\nTwo.\n\nThree.\n\n## Marks [#marks]\n\nWe may suspend access.\n\n## Same [#same]\n\nKept.\n',
    );
    const newer = await outline(
      '## Scope [#scope]\n\nOne.\n\nTwo.\n\nThree more.\n\n## Marks [#marks]\n\n<Key>We may suspend access.</Key>\n\n## Same [#same]\n\nKept.\n',
    );
    const report = changesReport(compareOutlines(older, newer, 'word'), redlineLabelsOf('en'));
    expect(report.split('\n')).toEqual([
      '## Scope [#scope]',
      '   …',
      '   Three{+ more+}.',
      '',
      '## Marks [#marks]  (The wording of this section is unchanged; only the marking of its key clauses changed.)',
      '   [Key clause newly marked; wording unchanged]«We may suspend access.»',
      '',
      '## Same [#same]  (No changes in this section.)',
      'Sections: 2 changed (the marking of key clauses in 1 of them), 0 added, 0 removed, 1 unchanged.',
    ]);
  });
});

// The review found the Terms' changes page of 2026-12-01 calling the Disclaimer unchanged: its
// only change was that its clause became a marked key clause.
describe('the published Terms of 2026-12-01 against 2026-11-29', () => {
  it.each(['zh-CN', 'en'] as const)(
    'count the Disclaimer as changed in %s, by its mark',
    async (locale) => {
      const versions = await listVersions('terms');
      const [older, newer] = ['2026-11-29', '2026-12-01'].map((d) =>
        versions.find((v) => v.date === d)!,
      );
      // Loaded as the changes page loads them (lib/pages/redline-page.ts).
      const changes = compareOutlines(
        (await loadVersion('terms', older!, locale)).outline,
        (await loadVersion('terms', newer!, locale)).outline,
        granularityFor(locale),
      );
      const disclaimer = changes.find((c) => c.id === 'disclaimer')!;
      expect(disclaimer.status).toBe('changed');
      const pieces = disclaimer.blocks.flatMap((b) => b.pieces);
      expect(pieces.some((p) => p.key === 'newly-marked')).toBe(true);
      expect(pieces.every((p) => p.change === 'same')).toBe(true);
    },
  );
});

const TSX = createRequire(import.meta.url).resolve('tsx');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', TSX, 'scripts/content-changes.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: 'tests/fixtures/content/new-document' },
  });

// Each case starts Node with tsx and compiles the fixture's documents: a bound for a loaded
// machine, not a measure of speed.
describe('npm run content:changes', { timeout: 120_000 }, () => {
  it('prints both languages of the text against the version before it', () => {
    const { status, stdout } = run('retention');
    expect(status).toBe(0);
    expect(stdout).toContain(
      '# zh-CN: tests/fixtures/content/new-document/retention/zh-CN.mdx (2025-11-20) against tests/fixtures/content/new-document/retention/versions/2025-06-01/zh-CN.mdx (2025-06-01)',
    );
    expect(stdout).toContain('# en: tests/fixtures/content/new-document/retention/en.mdx');
    expect(stdout).toContain('{+您的电话号码；+}');
  });

  it('compares with an earlier version when asked', () => {
    const { status, stdout } = run('retention', '2024-01-15');
    expect(status).toBe(0);
    expect(stdout).toContain(
      '(2025-11-20) against tests/fixtures/content/new-document/retention/versions/2024-01-15/zh-CN.mdx (2024-01-15)',
    );
  });

  it('compares two archived versions, to check a summary already published', () => {
    const { status, stdout } = run('retention', '2024-01-15', '2025-06-01');
    expect(status).toBe(0);
    expect(stdout).toContain(
      'retention/versions/2025-06-01/zh-CN.mdx (2025-06-01) against tests/fixtures/content/new-document/retention/versions/2024-01-15/zh-CN.mdx (2024-01-15)',
    );
    const backwards = run('retention', '2025-06-01', '2024-01-15');
    expect(backwards.status).toBe(1);
    expect(backwards.stderr).toContain('has no version 2025-06-01 before 2024-01-15');
  });

  it('says what to do, and exits with 1, when there is nothing to compare', () => {
    const single = run('annex');
    expect(single.status).toBe(1);
    expect(single.stderr).toContain(
      '"annex" has no earlier version to compare with: archive the text in force first (npm run content:archive -- annex), then edit it',
    );
    const unknown = run('retention', '2030-01-01');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain(
      '"retention" has no version 2030-01-01 before 2025-11-20; its earlier versions are 2024-01-15, 2025-06-01',
    );
    const none = run('nope');
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('there is no document "nope"');
  });
});
