import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { scratchPath } from './scratch.ts';

/** Renames or links a finished temporary file to its path. */
export type Place = (temporary: string, path: string) => Promise<void>;

/** Writes a file's whole content at a (temporary) path. */
type Fill = (temporary: string) => Promise<void>;

/**
 * Writes a whole file: to a scratch file in `root`'s `.headroom-tmp/`
 * first, then put in place ({@link placeFile}), so a reader never sees
 * half of it and a kill leaves only scratch (docs/architecture.md
 * "Leftovers"). The scratch file is removed when anything fails.
 *
 * @param root - the output folder, the outbox or the lake
 * @param path - where the file goes, below `root`
 * @param body - its content
 * @param place - rename (default), or an exclusive link
 * @example
 * await writeWhole('/out/outbox', '/out/outbox/2026-11-26/01-a.txt', text);
 */
export async function writeWhole(
  root: string,
  path: string,
  body: string | Uint8Array,
  place: Place = rename,
): Promise<void> {
  await fillWhole(root, path, (temporary) => writeFile(temporary, body), place);
}

/**
 * Copies the file at `source` to `path` as {@link writeWhole} writes one:
 * into scratch first (`copyFile`, whose bytes need not pass through this
 * process), then renamed into place, so a reader of `path` sees the old
 * file or the whole copy.
 *
 * @param root - the output folder
 * @param source - the file to copy
 * @param path - where the copy goes, below `root`
 * @example
 * await copyWhole('/out', '/out/reports/d1/a.csv', '/out/reports/latest/a.csv');
 */
export async function copyWhole(
  root: string,
  source: string,
  path: string,
): Promise<void> {
  await fillWhole(root, path, (temporary) => copyFile(source, temporary));
}

async function fillWhole(
  root: string,
  path: string,
  fill: Fill,
  place: Place = rename,
): Promise<void> {
  const temporary = await scratchPath(root);
  try {
    await fill(temporary);
    await placeFile(temporary, path, fill, place);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => {});
    throw error;
  }
}

/**
 * Puts a finished temporary file at `path` with `place`, making its
 * folder first. A delete may remove that folder as it becomes empty (also
 * between mkdir's "exists" and its check that it is a folder): the folder
 * is made again, a few times. When the scratch folder is on another file
 * system than the target's folder (a mounted or linked subfolder: rename
 * fails with EXDEV), the file is written again beside the target and
 * placed from there.
 *
 * @param temporary - the finished temporary file (in a scratch folder)
 * @param path - where the file goes
 * @param fill - writes the file's content, for the fallback beside it
 * @param place - rename, or an exclusive link for a conditional create
 * @example
 * await placeFile(temporary, '/out/state/x.json',
 *   (file) => writeFile(file, body), rename);
 */
export async function placeFile(
  temporary: string,
  path: string,
  fill: Fill,
  place: Place,
): Promise<void> {
  for (let tries = 5; ; tries -= 1) {
    try {
      await mkdir(dirname(path), { recursive: true });
      await place(temporary, path);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EXDEV') return placeBeside(path, fill, place);
      if (code !== 'ENOENT' || tries <= 1) throw error;
    }
  }
}

async function placeBeside(path: string, fill: Fill, place: Place) {
  const beside = join(
    dirname(path),
    `.headroom-tmp-${randomUUID().slice(0, 8)}`,
  );
  try {
    await fill(beside);
    await place(beside, path);
  } finally {
    await rm(beside, { force: true });
  }
}
