// Nothing the project runs sends data off the machine: every npm script that runs Next.js turns
// its telemetry off, and so does the configuration every Next.js command loads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const scripts: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts;

describe('telemetry', () => {
  it.each(Object.entries(scripts).filter(([, command]) => /\bnext\b(?!\.)/.test(command)))(
    'is off in `npm run %s`',
    (_name, command) => {
      for (const part of command.split('&&').filter((p) => /\bnext\s/.test(p))) {
        expect(part).toMatch(/NEXT_TELEMETRY_DISABLED=1 next /);
      }
    },
  );

  it('is off in the server and every Next.js command, through next.config.mjs', async () => {
    delete process.env.NEXT_TELEMETRY_DISABLED;
    // @ts-expect-error: the configuration is plain JavaScript without a declaration file.
    await import('../../next.config.mjs');
    expect(process.env.NEXT_TELEMETRY_DISABLED).toBe('1');
    expect(scripts.serve).toMatch(/^NEXT_TELEMETRY_DISABLED=1 /);
  });

  it('runs the server in npm run serve exactly as the tests and scripts run it', async () => {
    const { SERVER_ARGS } = await import('../support/production-server');
    expect(scripts.serve).toBe(`NEXT_TELEMETRY_DISABLED=1 node ${SERVER_ARGS.join(' ')}`);
  });
});
