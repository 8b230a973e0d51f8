// Starts the site's server (scripts/server.ts, what `npm start` runs) on a loopback port for a
// script or a test, and stops it afterwards. Node is started directly with tsx's loader (not
// through npx or npm), so the pid held is the server's.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export type RunningServer = { origin: string; pid: number; stop: () => void };

/**
 * How Node runs the site's server, here and in `npm run serve`. The heap limit makes V8 collect
 * before it reserves more: under 100 connections the server's memory otherwise grew by a third
 * in 20 s with nothing kept (its live heap is under 100 MB; the pages it keeps are buffers,
 * outside the heap).
 */
export const SERVER_ARGS = [
  '--max-old-space-size=256',
  '--import',
  'tsx',
  path.join('scripts', 'server.ts'),
];

/**
 * Waits until `origin` answers /en/ with 200, polling every 250 ms for up to a minute; stops
 * early with an error if the server's process has exited.
 */
export async function waitUntilServing(
  origin: string,
  child: ChildProcess,
  name: string,
): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
    const ok = await fetch(`${origin}/en/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not answer on ${origin} within a minute`);
}

/** Serves the production build in `cwd` (default: this project) on 127.0.0.1:port. */
export async function startProductionServer(port: number, cwd = '.'): Promise<RunningServer> {
  const child = spawn(process.execPath, SERVER_ARGS, {
    cwd,
    stdio: 'ignore',
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1' },
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    child.kill();
  };
  try {
    await waitUntilServing(origin, child, 'the site server');
  } catch (error) {
    stop();
    throw error;
  }
  return { origin, pid: child.pid ?? 0, stop };
}
