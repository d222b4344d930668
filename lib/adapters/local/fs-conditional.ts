import { createHash } from 'node:crypto';
import { open, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { StoreConflictError } from '#lib/errors';

/** A mutex file older than this belongs to a killed process. */
const STALE_MUTEX_MS = 10_000;
/** How long a compare-and-swap waits for another one on the same key. */
const WAIT_MS = 5_000;

/**
 * The local version of an object: a hash of its content, the stand-in for
 * an S3 ETag.
 *
 * @param body - the object's bytes
 * @returns 32 hex digits
 * @example
 * contentVersion(new TextEncoder().encode('a')); // '0cc175b9…'
 */
export function contentVersion(body: Uint8Array): string {
  return createHash('md5').update(body).digest('hex');
}

/**
 * Runs `work` while holding `<path>.cas-lock`, an exclusively created
 * (`wx`) file, so that a compare-and-swap on one file is atomic across
 * processes on this machine. A mutex left by a killed process is taken
 * over after 10 seconds.
 *
 * @param path - the file the compare-and-swap is about
 * @param work - the compare and the swap
 * @returns what `work` returns
 * @throws StoreConflictError when the mutex stays taken for 5 seconds
 * @example
 * await withKeyMutex('/out/state/x.json', async () => { … });
 */
export async function withKeyMutex<T>(
  path: string,
  work: () => Promise<T>,
): Promise<T> {
  const mutex = `${path}.cas-lock`;
  for (let waited = 0; ; waited += 20) {
    try {
      await (await open(mutex, 'wx')).close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await isStale(mutex)) await rm(mutex, { force: true });
      else if (waited >= WAIT_MS) {
        throw new StoreConflictError(path, `${path} is being written`);
      } else await sleep(20);
    }
  }
  try {
    return await work();
  } finally {
    await rm(mutex, { force: true });
  }
}

async function isStale(mutex: string): Promise<boolean> {
  try {
    return Date.now() - (await stat(mutex)).mtimeMs > STALE_MUTEX_MS;
  } catch {
    return false;
  }
}
