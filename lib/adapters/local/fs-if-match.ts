import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StoreConflictError, StoreError } from '#lib/errors';
import { contentVersion, withKeyMutex } from './fs-conditional.ts';

/** A store's file: its path, its key and the store's root, for messages. */
export interface StoreFile {
  readonly root: string;
  readonly path: string;
  readonly key: string;
}

/**
 * Replaces a file only if it still holds the version read (its content
 * hash, `contentVersion`), under its key mutex (`withKeyMutex`), so that
 * the check and the write are atomic among conditional changes of the
 * file: the local compare-and-swap, as S3's `If-Match` write.
 *
 * @param file - the file, its key and the store's root
 * @param ifMatch - the version read
 * @param write - writes the new content into place
 * @throws StoreConflictError when the file holds another version, or none
 * @throws StoreError naming the file for any other failure
 * @example
 * await replaceIfMatch(file, read.version, () => store.put(key, body));
 */
export async function replaceIfMatch(
  file: StoreFile,
  ifMatch: string,
  write: () => Promise<void>,
): Promise<void> {
  await named(file, 'write', async () => {
    await mkdir(dirname(file.path), { recursive: true });
    await withKeyMutex(file.path, async () => {
      if ((await versionOf(file.path)) !== ifMatch) throw changed(file.key);
      await write();
    }).catch((error: unknown) => {
      throw folderGone(file, error) ? changed(file.key) : error;
    });
  });
}

/**
 * Deletes a file only if it still holds the version read, under its key
 * mutex, as S3's conditional DeleteObject (`If-Match`): a lock's release
 * never deletes the lock another run took over meanwhile. A file that is
 * not there is left so, as S3 leaves a key with no object.
 *
 * @param file - the file, its key and the store's root
 * @param ifMatch - the version read
 * @returns whether a file was deleted
 * @throws StoreConflictError when the file holds another version
 * @throws StoreError naming the file for any other failure
 * @example
 * await deleteIfMatch(file, lock.version);
 */
export function deleteIfMatch(
  file: StoreFile,
  ifMatch: string,
): Promise<boolean> {
  return named(file, 'delete', async () => {
    // No mutex beside a missing file: its folder may be gone with it.
    if ((await versionOf(file.path)) === undefined) return false;
    return withKeyMutex(file.path, async () => {
      const version = await versionOf(file.path);
      if (version === undefined) return false;
      if (version !== ifMatch) throw changed(file.key);
      await rm(file.path, { force: true });
      return true;
    }).catch((error: unknown) => {
      if (folderGone(file, error)) return false;
      throw error;
    });
  });
}

/**
 * Whether the key mutex could not be made because the file's folder is
 * gone: another's delete of the file, its last, removed it (the lake's
 * `state/` after the last plan's release of its lock) while this one
 * waited for the mutex. The file went with it: a replace of the version
 * read is refused as S3 refuses an `If-Match` on no object, and a delete
 * finds nothing to delete; neither is a failure to write.
 */
function folderGone(file: StoreFile, error: unknown): boolean {
  const { code, path } = error as NodeJS.ErrnoException;
  return code === 'ENOENT' && path === `${file.path}.cas-lock`;
}

const changed = (key: string) =>
  new StoreConflictError(key, `${key} changed since it was read`);

/** The store's own errors as they are; any other named as a StoreError. */
async function named<T>(
  file: StoreFile,
  action: string,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StoreError || error instanceof StoreConflictError) {
      throw error;
    }
    const message = `cannot ${action} ${file.key} under ${file.root}`;
    throw new StoreError(message, { cause: error });
  }
}

/** The file's content hash, or undefined when there is no such file. */
async function versionOf(path: string): Promise<string | undefined> {
  try {
    return contentVersion(new Uint8Array(await readFile(path)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
