import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BytePieces } from '#lib/ports/object-store';
import { dropScratch, makeScratch } from './scratch.ts';

/** Renames or links a finished temporary file to its path. */
export type Place = (temporary: string, path: string) => Promise<void>;

/** Writes a file's whole content at a (temporary) path. */
type Fill = (temporary: string) => Promise<void>;

/** What {@link writeWhole} writes: a whole body, or bytes in pieces. */
export type Body = string | Uint8Array | BytePieces;

/**
 * Writes a whole file: to a scratch file in a scratch folder of its own
 * at `root` (`makeScratch`) first, then put in place ({@link placeFile}),
 * so a reader never sees half of it and a kill leaves only scratch
 * (docs/architecture.md "Leftovers"). A body in pieces is written piece
 * by piece as they are read (`writeFile` takes an iterable), never whole.
 * Nothing of the scratch is left, whether the write succeeds or fails.
 *
 * @param root - the output folder, the outbox or the lake
 * @param path - where the file goes, below `root`
 * @param body - its content, whole or in pieces
 * @param place - rename (default), or an exclusive link
 * @example
 * await writeWhole('/out/outbox', '/out/outbox/2026-11-26/01-a.txt', text);
 */
export async function writeWhole(
  root: string,
  path: string,
  body: Body,
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
  const entry = await makeScratch(root);
  const temporary = join(entry, 'w');
  try {
    await fill(temporary);
    await placeFile(temporary, path, place);
  } finally {
    // Gone once renamed; left after a failure, a link or a copy beside.
    await dropScratch(entry);
  }
}

/**
 * Puts a finished temporary file at `path` with `place`, making its
 * folder first. A delete may remove that folder as it becomes empty (also
 * between mkdir's "exists" and its check that it is a folder): the folder
 * is made again, a few times. When the scratch folder is on another file
 * system than the target's folder (a mounted or linked subfolder: rename
 * fails with EXDEV), the finished file is copied beside the target and
 * placed from there (a body in pieces cannot be read twice). The caller
 * removes `temporary`.
 *
 * @param temporary - the finished temporary file (in a scratch folder)
 * @param path - where the file goes
 * @param place - rename, or an exclusive link for a conditional create
 * @example
 * await placeFile(temporary, '/out/state/x.json', rename);
 */
export async function placeFile(
  temporary: string,
  path: string,
  place: Place,
): Promise<void> {
  for (let tries = 5; ; tries -= 1) {
    try {
      await mkdir(dirname(path), { recursive: true });
      await place(temporary, path);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EXDEV') return placeBeside(temporary, path, place);
      if (code !== 'ENOENT' || tries <= 1) throw error;
    }
  }
}

async function placeBeside(temporary: string, path: string, place: Place) {
  const beside = join(
    dirname(path),
    `.headroom-tmp-${randomUUID().slice(0, 8)}`,
  );
  try {
    await copyFile(temporary, beside);
    await place(beside, path);
  } finally {
    await rm(beside, { force: true });
  }
}
