// The site's server answers the versions' PDFs from the folder `npm run pdfs` fills, by exact
// URL path only, and passes every other path on to Next.js.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withPdfs } from '@/lib/http/pdf-renderer';
import type { Rendered } from '@/lib/http/site-server';

const next = async (urlPath: string): Promise<Rendered> => ({
  status: 404,
  contentType: 'text/html; charset=utf-8',
  body: Buffer.from(`next: ${urlPath}`),
});

describe('withPdfs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pdfs-'));
  mkdirSync(path.join(dir, 'en', 'privacy', '2017-03-09'), { recursive: true });
  const file = path.join(dir, 'en', 'privacy', '2017-03-09', 'privacy-2017-03-09-en.pdf');
  writeFileSync(file, '%PDF-1.7 test');
  writeFileSync(path.join(dir, 'notes.txt'), 'not a pdf');
  const render = withPdfs(dir, next);

  it('answers a PDF at its URL path with its bytes and type', async () => {
    const answer = await render('/en/privacy/2017-03-09/privacy-2017-03-09-en.pdf');
    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe('application/pdf');
    expect(answer.body.toString()).toBe('%PDF-1.7 test');
  });

  it('passes pages, other files and other spellings of the path to Next.js', async () => {
    for (const urlPath of [
      '/en/privacy/2017-03-09/',
      '/notes.txt',
      '/en/privacy/2017-03-09/privacy-2017-03-09-EN.pdf',
      '/en/privacy/2017-03-09/%70rivacy-2017-03-09-en.pdf',
      '/en/privacy/../privacy/2017-03-09/privacy-2017-03-09-en.pdf',
    ]) {
      expect((await render(urlPath)).body.toString()).toBe(`next: ${urlPath}`);
    }
  });

  it('serves nothing of its own when no PDF has been drawn', async () => {
    const bare = withPdfs(path.join(dir, 'missing'), next);
    const answer = await bare('/en/privacy/2017-03-09/privacy-2017-03-09-en.pdf');
    expect(answer.status).toBe(404);
  });
});
