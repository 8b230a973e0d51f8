// Next.js's answers for the site's server, asked of a child process (lib/http/next-child.mjs)
// over its IPC channel, one path at a time. This process never loads Next.js: the framework
// installs async hooks and patches globals that slow down every request of the process it is
// in, and the server answers nearly every request from memory without it. A child that exits,
// or takes too long, fails the answers it owed (the server sends 500) and is started again on
// the next path asked.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Rendered, Renderer } from '@/lib/http/site-server';

export type ChildRenderer = {
  render: Renderer;
  close: () => void;
  /** Resolves when the child first says it is ready; rejects if it exits before. */
  ready: Promise<void>;
};

export type ChildRendererOptions = {
  /** The script the child runs and its arguments. */
  script: string;
  args?: string[];
  /** Milliseconds an answer may take before the child is taken for hung and ended. */
  timeout?: number;
  log?: (line: string) => void;
};

type Pending = { resolve: (rendered: Rendered) => void; reject: (error: Error) => void };
type Message =
  | { ready: true }
  | { id: number; status: number; contentType: string; body: Uint8Array }
  | { id: number; error: string };

const NEXT_CHILD = fileURLToPath(new URL('./next-child.mjs', import.meta.url));

/** A renderer that asks a child process running `script` (started on first use, and again). */
export function childRenderer({
  script,
  args = [],
  timeout = 30_000,
  log = (line) => console.error(line),
}: ChildRendererOptions): ChildRenderer {
  let child: ChildProcess | undefined;
  let nextId = 0;
  let closed = false;
  const pending = new Map<number, Pending>();
  let settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
  const ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));

  function failAll(reason: string) {
    for (const { reject } of pending.values()) reject(new Error(reason));
    pending.clear();
  }

  function started(): ChildProcess {
    if (child) return child;
    // Advanced serialization sends the bodies as bytes, not as JSON.
    const spawned = fork(script, args, { serialization: 'advanced', execArgv: [] });
    spawned.on('message', (answer: Message) => {
      if ('ready' in answer) return settle?.resolve();
      const waiting = pending.get(answer.id);
      if (!waiting) return;
      pending.delete(answer.id);
      if ('error' in answer) return waiting.reject(new Error(answer.error));
      const { status, contentType, body } = answer;
      waiting.resolve({
        status,
        contentType,
        body: Buffer.from(body.buffer, body.byteOffset, body.byteLength),
      });
    });
    const gone = (reason: string) => {
      if (child !== spawned) return;
      child = undefined;
      if (!closed) log(`the Next.js renderer ${reason}; it starts again on the next page asked`);
      failAll(`the Next.js renderer ${reason}`);
      settle?.reject(new Error(`the Next.js renderer ${reason} before it was ready`));
    };
    spawned.on('exit', (code, signal) => gone(`exited (${signal ?? `code ${code}`})`));
    spawned.on('error', (error) => gone(`failed: ${error.message}`));
    return (child = spawned);
  }

  const render: Renderer = (path) =>
    new Promise((resolve, reject) => {
      if (closed) return reject(new Error('the Next.js renderer is closed'));
      const id = nextId++;
      const worker = started();
      // A hung child would hold every first request: ended, it fails them all and is replaced.
      const timer = setTimeout(() => {
        log(`the Next.js renderer took over ${timeout} ms for ${path}: ending it`);
        worker.kill('SIGKILL');
      }, timeout).unref();
      const done = () => clearTimeout(timer);
      pending.set(id, {
        resolve: (rendered) => (done(), resolve(rendered)),
        reject: (error) => (done(), reject(error)),
      });
      // A channel that cannot carry the question: the child is ended, which fails the answer.
      worker.send({ id, path }, (error) => error && worker.kill('SIGKILL'));
    });

  const close = () => {
    closed = true;
    child?.kill();
  };
  started();
  ready.catch(() => {});
  return { render, close, ready };
}

/** Next.js's answers for the production build in `dir`. */
export function nextRenderer(dir: string): ChildRenderer {
  return childRenderer({ script: NEXT_CHILD, args: [dir] });
}
