import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * How the names of writes in progress begin below each local root (the
 * output folder, the outbox, the lake): each write has a folder of its
 * own, `.headroom-tmp-<uuid>/`, at the root, which it writes in, renames
 * out of into place, and removes. A kill leaves it there and nowhere
 * else, where nothing reads it and the sweep finds it by listing the
 * root. `.headroom-tmp/` alone is where versions before kept every
 * write's scratch, one folder shared by all (docs/architecture.md
 * "Leftovers").
 */
export const SCRATCH_PREFIX = '.headroom-tmp';

/**
 * Whether an entry of a root is scratch: a write's folder
 * (`.headroom-tmp-<uuid>`), or the shared folder of earlier versions.
 *
 * @param name - a name in a root folder
 * @returns true for scratch
 * @example
 * isScratchName('.headroom-tmp-6f1c…'); // true
 */
export function isScratchName(name: string): boolean {
  return name.startsWith(SCRATCH_PREFIX);
}

/**
 * Makes a new, empty folder of its own for one write at `root` (`root`
 * made too, if need be). It is no other write's: nothing but the write
 * removes it (and the sweep, a day later), so no other writer, finishing
 * or cleaning at the same moment, can take it from under this one. One
 * scratch folder shared by all writes, removed when empty, could go
 * between a writer's mkdir and its open, in another process.
 *
 * @param root - the output folder, the outbox or the lake
 * @returns the new folder's absolute path: write a file in it, or
 *   DuckDB's COPY into it
 * @example
 * const entry = await makeScratch('/out'); // /out/.headroom-tmp-6f1c…
 */
export async function makeScratch(root: string): Promise<string> {
  const entry = join(root, `${SCRATCH_PREFIX}-${randomUUID()}`);
  await mkdir(entry, { recursive: true });
  return entry;
}

/**
 * Removes a write's scratch folder, with what its write left in it (gone
 * once renamed into place): nothing of it is left after the command.
 *
 * @param entry - the write's folder, as {@link makeScratch} made it
 * @example
 * await dropScratch(entry);
 */
export async function dropScratch(entry: string): Promise<void> {
  // Scratch is litter: a failure to remove it never fails the write; the
  // sweep clears what stays.
  await rm(entry, { recursive: true, force: true }).catch(() => {});
}

/**
 * Whether a store key is scratch, not an object: below a write's scratch
 * folder (or the shared one of earlier versions), or a temporary file or
 * mutex beside its target (`.tmp-*`: what kills left before scratch
 * folders).
 *
 * @param key - a key relative to the store's root
 * @returns true for scratch
 * @example
 * isScratchKey('.headroom-tmp-6f1c…/w'); // true
 */
export function isScratchKey(key: string): boolean {
  const name = key.slice(key.lastIndexOf('/') + 1);
  return (
    isScratchName(key.slice(0, key.indexOf('/') + 1)) ||
    name.startsWith('.headroom-tmp-') ||
    name.startsWith('.tmp-') ||
    name.endsWith('.cas-lock') ||
    name.endsWith('.cas-lock.break')
  );
}
