// @ts-check
// Next.js's request handler in a process of its own, started by lib/http/next-renderer.ts: the
// site's server asks it for a path over the IPC channel ({ id, path }) and it answers
// { id, status, contentType, body } or { id, error }. Loading Next.js changes the process it runs
// in (it installs async hooks and patches globals, which tax every request), so the server that
// answers clients never loads it. It listens on a Unix socket in a private folder, so nothing but
// this process can reach it, and it is sent the path alone: no header of a client's request
// reaches the framework. It ends when the server does (the IPC channel closes).
// Usage: node lib/http/next-child.mjs DIR (the folder of the production build).
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

process.env.NEXT_TELEMETRY_DISABLED = '1';
const dir = process.argv[2] ?? process.cwd();
const folder = mkdtempSync(path.join(tmpdir(), 'legal-site-'));
const socketPath = path.join(folder, 'next.sock');
process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
// The server has gone (ended, or killed): nothing is left to answer.
process.on('disconnect', () => process.exit(0));

/** Next.js, prepared and listening on the private socket. */
async function start() {
  const { default: next } = await import('next');
  const app = next({ dev: false, dir, hostname: 'localhost', port: 0 });
  await app.prepare();
  const handle = app.getRequestHandler();
  const internal = http.createServer((req, res) => void handle(req, res));
  // The agent below keeps its sockets open between paths. Node's server closes an idle one after
  // 5 s, and a path sent on it as it closes fails with ECONNRESET (the page then answered 500,
  // seen under load). Both ends are this process's own, on a private socket: no idle timeout.
  internal.keepAliveTimeout = 0;
  await new Promise((resolve) => internal.listen(socketPath, () => resolve(undefined)));
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

/**
 * What Next.js answers for a path.
 * @param {string} urlPath
 * @returns {Promise<{ status: number; contentType: string; body: Buffer }>}
 */
function render(urlPath) {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { socketPath, agent, path: urlPath, method: 'GET', headers: { host: 'localhost' } },
      (response) => {
        /** @type {Buffer[]} */
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 500,
            contentType: response.headers['content-type'] ?? 'application/octet-stream',
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end();
  });
}

const ready = start();
ready.then(
  // The server waits for this before it listens, as it waited for Next.js in its own process.
  () => process.send?.({ ready: true }),
  (error) => {
    console.error(`Next.js did not start: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);

process.on('message', (/** @type {{ id: number; path: string }} */ { id, path: urlPath }) => {
  ready
    .then(() => render(urlPath))
    .then(
      (answer) => process.send?.({ id, ...answer }),
      (error) =>
        process.send?.({ id, error: error instanceof Error ? error.message : String(error) }),
    );
});
