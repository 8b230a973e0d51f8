// The renderer that asks a child process for Next.js's answers, with a stand-in child: answers
// matched to their questions, bytes intact, and a child that fails, exits or hangs costs a 500,
// never a hang, and is replaced on the next page asked.
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { childRenderer, type ChildRenderer } from '@/lib/http/next-renderer';
import { createSiteServer } from '@/lib/http/site-server';

const STAND_IN = path.resolve('tests/fixtures/renderer-child/stand-in-next.mjs');
const started: ChildRenderer[] = [];
const logged: string[] = [];

function renderer(options: { args?: string[]; timeout?: number } = {}) {
  const made = childRenderer({ script: STAND_IN, log: (line) => logged.push(line), ...options });
  started.push(made);
  return made;
}

/** The pid of the child that answered, as the stand-in writes it in its body. */
const pidOf = (body: Buffer) => /from (\d+)/.exec(body.toString('latin1'))![1];

afterEach(() => {
  for (const r of started.splice(0)) r.close();
});

describe('the child-process renderer', () => {
  it('is ready once the child says so, and answers with its status, type and bytes', async () => {
    const { render, ready } = renderer();
    await ready;
    const answer = await render('/en/privacy/');
    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe('text/html; charset=utf-8');
    expect([...answer.body.subarray(-3)]).toEqual([0, 255, 128]);
    expect(answer.body.toString('latin1')).toMatch(/^\/en\/privacy\/ from \d+ /);
  });

  it('gives each question its own answer when answers come back out of order', async () => {
    const { render } = renderer();
    const [slow, fast] = await Promise.all([render('/slow/'), render('/fast/')]);
    expect(slow.body.toString('latin1')).toMatch(/^\/slow\//);
    expect(fast.body.toString('latin1')).toMatch(/^\/fast\//);
  });

  it('fails the one answer the child could not make', async () => {
    const { render } = renderer();
    await expect(render('/fails/')).rejects.toThrow('render failed');
    expect((await render('/after/')).status).toBe(200);
  });

  it('fails what an exited child owed and starts a new child for the next page', async () => {
    const { render } = renderer();
    const before = pidOf((await render('/first/')).body);
    await expect(render('/exit/')).rejects.toThrow(/exited \(code 3\)/);
    const after = pidOf((await render('/second/')).body);
    expect(after).not.toBe(before);
    expect(logged.some((line) => line.includes('starts again'))).toBe(true);
  });

  it('ends a child that does not answer in time, and fails the answer instead of waiting', async () => {
    const { render } = renderer({ timeout: 300 });
    await expect(render('/hang/')).rejects.toThrow(/exited \(SIGKILL\)/);
    expect((await render('/after/')).status).toBe(200);
  });

  it('says so when the child exits before it is ready', async () => {
    const { ready } = renderer({ args: ['never-ready'] });
    await expect(ready).rejects.toThrow(/exited \(code 1\) before it was ready/);
  });

  it('refuses to render once closed', async () => {
    const { render, close } = renderer();
    close();
    await expect(render('/x/')).rejects.toThrow('closed');
  });
});

describe('the site server with a child-process renderer', () => {
  it('answers 500 when the child fails, keeps serving what it has, and serves after a restart', async () => {
    const { render } = renderer();
    const server = createSiteServer({
      render,
      notFound: { probe: '/_/not-found/', page: (html) => html },
      log: (line) => logged.push(line),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const kept = await fetch(`${origin}/en/privacy/`);
      expect(kept.status).toBe(200);
      const keptBy = pidOf(Buffer.from(await kept.arrayBuffer()));
      const died = await fetch(`${origin}/exit/`);
      expect(died.status).toBe(500);
      expect(died.headers.get('cache-control')).toBe('no-store');
      // The kept page needs no child; a page not yet kept is asked of a new one.
      expect((await fetch(`${origin}/en/privacy/`)).status).toBe(200);
      const fresh = await fetch(`${origin}/en/terms/`);
      expect(fresh.status).toBe(200);
      expect(pidOf(Buffer.from(await fresh.arrayBuffer()))).not.toBe(keptBy);
    } finally {
      server.close();
    }
  });
});
