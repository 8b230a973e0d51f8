// Answers the PDFs of the versions from .generated/pdf/ (drawn by `npm run pdfs`) and passes
// every other path to the next renderer. The files are listed once, when the server starts: a
// path is only ever looked up in that list, never joined onto the folder, so no request can name
// another file. The site server then treats the answer as any other (ETag, Range, HEAD, cache).
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Renderer } from '@/lib/http/site-server';

/** The URL path of every file under `dir`: /privacy/2017-03-09/privacy-2017-03-09-zh-CN.pdf. */
function listPdfs(dir: string, under = '', files = new Map<string, string>()) {
  for (const entry of readdirSync(path.join(dir, under), { withFileTypes: true })) {
    const urlPath = `${under}/${entry.name}`;
    if (entry.isDirectory()) listPdfs(dir, urlPath, files);
    else if (entry.isFile() && entry.name.endsWith('.pdf'))
      files.set(urlPath, path.join(dir, urlPath));
  }
  return files;
}

export function withPdfs(dir: string, next: Renderer): Renderer {
  let files = new Map<string, string>();
  try {
    files = listPdfs(dir);
  } catch {
    // No PDFs drawn (a bare `next build`): every path goes to Next.js, so a PDF's URL is a 404.
  }
  return async (urlPath) => {
    const file = files.get(urlPath);
    if (!file) return next(urlPath);
    return { status: 200, contentType: 'application/pdf', body: await readFile(file) };
  };
}
