// The time of the latest change to anything under content/ (a file saved, added or removed), for
// the preview's reload on save. A few dozen stat calls: cheap enough to ask once a second.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { contentDir } from '@/lib/content/library';

export async function latestContentChange(dir = contentDir()): Promise<number> {
  let latest = (await stat(dir)).mtimeMs;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? await latestContentChange(full) : (await stat(full)).mtimeMs;
    latest = Math.max(latest, time);
  }
  return latest;
}
