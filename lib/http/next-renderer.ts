// Next.js's request handler, asked for one path at a time. It listens on a Unix socket in a
// private folder, so nothing but this process can reach it, and it is sent the path alone: no
// header of a client's request reaches the framework.
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Renderer } from '@/lib/http/site-server';

export async function nextRenderer(dir: string): Promise<{ render: Renderer; close: () => void }> {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  const { default: next } = await import('next');
  const app = next({ dev: false, dir, hostname: 'localhost', port: 0 });
  await app.prepare();
  const handle = app.getRequestHandler();

  const folder = mkdtempSync(path.join(tmpdir(), 'legal-site-'));
  const socketPath = path.join(folder, 'next.sock');
  const internal = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => internal.listen(socketPath, resolve));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

  const render: Renderer = (urlPath) =>
    new Promise((resolve, reject) => {
      const request = http.request(
        { socketPath, agent, path: urlPath, method: 'GET', headers: { host: 'localhost' } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
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

  const close = () => {
    agent.destroy();
    internal.close();
    rmSync(folder, { recursive: true, force: true });
  };
  return { render, close };
}
