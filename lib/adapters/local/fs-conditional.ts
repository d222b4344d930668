import { createHash } from 'node:crypto';
import { open, readFile, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { StoreConflictError } from '#lib/errors';
import {
  isGoneHere,
  parseProcessName,
  THIS_PROCESS,
} from '#lib/process-identity';

/** A mutex file older than this belongs to a killed process. */
const STALE_MUTEX_MS = 10_000;
/**
 * A mutex that names no owner this long after it was made was left by a
 * process killed between making it and writing its name (microseconds).
 */
const UNNAMED_MUTEX_MS = 1_000;
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
 * (`wx`) file naming its owner (`<host> pid <pid> started <start>`,
 * `THIS_PROCESS`), so that a
 * compare-and-swap on one file is atomic across processes on this
 * machine. A mutex left by a killed process is taken over: at once when
 * it names a process gone from this host (or a pid since reused by a
 * process started later), after a second when it names
 * none, after 10 seconds otherwise. Without the name, a run after a kill
 * that held the mutex waited 5 seconds and failed (the notification
 * state's save stopped the run) or, for the run lock, took it over only
 * on the third try, 10 seconds later. Only one waiter at a time removes
 * a stale mutex (`breakStale`).
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
      const handle = await open(mutex, 'wx');
      await handle
        .writeFile(OWNER)
        .finally(() => handle.close())
        // A mutex without its owner's name (a full disk) would hold the
        // next compare-and-swap on the key for a second.
        .catch(async (error: unknown) => {
          await rm(mutex, { force: true });
          throw error;
        });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await isStale(mutex)) await breakStale(mutex);
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

/**
 * Removes a stale mutex under `<mutex>.break`, itself exclusively
 * created, checking again that it is stale once the guard is held. Several
 * waiters may judge the same dead mutex stale at once; without the guard
 * the later ones removed the new mutex the first had made meanwhile, and
 * two compare-and-swaps ran together. A guard is held for microseconds,
 * so one older than a second was left by a kill and is removed.
 */
async function breakStale(mutex: string): Promise<void> {
  const guard = `${mutex}.break`;
  try {
    await (await open(guard, 'wx')).close();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const age = await stat(guard).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    if (age > UNNAMED_MUTEX_MS) await rm(guard, { force: true });
    return;
  }
  try {
    if (await isStale(mutex)) await rm(mutex, { force: true });
  } finally {
    await rm(guard, { force: true });
  }
}

/** This process, as a mutex names its owner. */
const OWNER = `${THIS_PROCESS}\n`;

async function isStale(mutex: string): Promise<boolean> {
  try {
    const age = Date.now() - (await stat(mutex)).mtimeMs;
    const owner = await readFile(mutex, 'utf8');
    if (owner === '') return age > UNNAMED_MUTEX_MS;
    return age > STALE_MUTEX_MS || isGone(owner);
  } catch {
    return false;
  }
}

/** Whether `owner` names a process of this host that no longer exists. */
function isGone(owner: string): boolean {
  if (!owner.endsWith('\n')) return false;
  const name = parseProcessName(owner.slice(0, -1));
  return name !== undefined && isGoneHere(name);
}
