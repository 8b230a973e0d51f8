// The record that keeps an archived version from changing silently: SHA256SUMS in the version
// folder, one line per file, "<SHA-256 in hex>  <file name>", the format GNU `sha256sum` writes
// and reads. Anyone can check a folder without this project's code:
//   cd content/terms/versions/2026-11-29 && sha256sum -c SHA256SUMS     (Linux)
//   cd content/terms/versions/2026-11-29 && shasum -a 256 -c SHA256SUMS (macOS)
// `npm run content:archive` writes it, `npm run content:erratum` rewrites it after a deliberate
// correction, and the content check compares it with the files on every run.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from '@/lib/content/library';

export const RECORD_FILE = 'SHA256SUMS';
/** The dated corrections of a version, beside its record (lib/versions/corrigenda.ts). */
export const CORRIGENDA_FILE = 'corrigenda.yaml';

export type FileSum = { name: string; sha256: string };
export type RecordLine = FileSum & { line: number };

export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** The files of a version folder that the record covers: all but the record, the corrigenda and dotfiles. */
export async function folderSums(folder: string): Promise<FileSum[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .filter((name) => name !== RECORD_FILE && name !== CORRIGENDA_FILE)
    .sort();
  return Promise.all(
    names.map(async (name) => ({ name, sha256: sha256(await readFile(path.join(folder, name))) })),
  );
}

/** The record's text: one `sha256sum` line per file, sorted by name. */
export function formatRecord(sums: readonly FileSum[]): string {
  return [...sums]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((s) => `${s.sha256}  ${s.name}\n`)
    .join('');
}

// sha256sum writes two spaces (text mode) or a space and "*" (binary mode) before the name;
// both are read. A name is a plain file name: the record is checked from inside its folder.
const LINE = /^([0-9a-fA-F]{64}) [ *]([^/\\]+)$/;

/** The record's lines, and the numbers of the lines that are not `<hash>  <name>` or repeat a name. */
export function parseRecord(text: string): { lines: RecordLine[]; malformed: number[] } {
  const lines: RecordLine[] = [];
  const malformed: number[] = [];
  const rows = text.replace(/\r\n/g, '\n').split('\n');
  // The final newline ends the last line; it does not start an empty one.
  if (rows.at(-1) === '') rows.pop();
  rows.forEach((row, index) => {
    const match = LINE.exec(row);
    const name = match?.[2];
    if (!match || !name || lines.some((l) => l.name === name)) {
      malformed.push(index + 1);
      return;
    }
    lines.push({ name, sha256: match[1]!.toLowerCase(), line: index + 1 });
  });
  return { lines, malformed };
}

/** A version folder as the check and the erratum command compare it with its record. */
export type VersionFolder = {
  slug: string;
  date: string;
  /** The folder, as messages show it (content/terms/versions/2026-11-29). */
  folder: string;
  files: FileSum[];
  /** The text of SHA256SUMS; none when the folder has no record. */
  record?: string;
};

export async function readVersionFolder(
  slug: string,
  date: string,
  folder: string,
): Promise<VersionFolder> {
  const record = await readFile(path.join(folder, RECORD_FILE), 'utf8').catch(() => undefined);
  return { slug, date, folder: displayPath(folder), files: await folderSums(folder), record };
}

export type RecordComparison = {
  /** Files whose checksum differs from the record. */
  changed: (RecordLine & { actual: string })[];
  /** Files the record does not name. */
  unrecorded: FileSum[];
  /** Names in the record with no file. */
  missing: RecordLine[];
  /** Lines of the record that cannot be read. */
  malformed: number[];
};

/** How a folder's files differ from its record (which must exist). */
export function compareRecord(folder: VersionFolder & { record: string }): RecordComparison {
  const { lines, malformed } = parseRecord(folder.record);
  const byName = new Map(folder.files.map((f) => [f.name, f.sha256]));
  const changed = lines.flatMap((l) => {
    const actual = byName.get(l.name);
    return actual !== undefined && actual !== l.sha256 ? [{ ...l, actual }] : [];
  });
  return {
    changed,
    unrecorded: folder.files.filter((f) => !lines.some((l) => l.name === f.name)),
    missing: lines.filter((l) => !byName.has(l.name)),
    malformed,
  };
}

/** Writes SHA256SUMS for the files the folder holds now, and returns them. */
export async function writeRecord(folder: string): Promise<FileSum[]> {
  const sums = await folderSums(folder);
  await writeFile(path.join(folder, RECORD_FILE), formatRecord(sums));
  return sums;
}
