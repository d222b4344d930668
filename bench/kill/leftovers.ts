import { readdir, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { unmarkedFiles } from './lake-tables.ts';

/**
 * The shared scratch folders of earlier versions at a local run's roots
 * (the lake, out, the outbox); a write's own scratch folder
 * (`.headroom-tmp-<uuid>/`) is found by its name below.
 */
const SCRATCH = ['out/.headroom-tmp', 'out/outbox/.headroom-tmp'];

/**
 * What runs left in a trial folder beside their outputs: scratch (a
 * write's `.headroom-tmp-<uuid>/`, a scratch file beside its target, a
 * compare-and-swap's `.cas-lock` mutex), run folders (`runs/<runId>`
 * in the output folder and the lake), the locks, and rolled-up Parquet
 * files no day marker names.
 *
 * @param dir - a trial folder (`out/`, `lake/`)
 * @returns their paths below `dir`, sorted
 * @example
 * await listLeftovers('/tmp/kill/trial'); // ['out/runs/2026-06-01T172339']
 */
export async function listLeftovers(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const folder of [...SCRATCH, 'lake/.headroom-tmp']) {
    for (const name of await names(join(dir, folder))) {
      found.push(`${folder}/${name}`);
    }
  }
  for (const root of ['out/runs', 'lake/runs']) {
    for (const name of await names(join(dir, root))) {
      found.push(`${root}/${name}`);
    }
  }
  for (const lock of ['out/state/run.lock', 'lake/state/rollup.lock']) {
    const [folder, name] = [join(dir, lock, '..'), lock.split('/').pop()!];
    if ((await names(folder)).includes(name)) found.push(lock);
  }
  for (const root of ['out', 'lake']) {
    const all = await readdir(join(dir, root), { recursive: true }).catch(
      () => [],
    );
    for (const path of all) {
      const name = path.split('/').pop()!;
      if (/^\.(headroom-tmp|tmp)-|\.cas-lock$/.test(name)) {
        found.push(`${root}/${path}`);
      }
    }
  }
  found.push(...(await unmarkedFiles(join(dir, 'lake'))));
  return found.sort();
}

/**
 * Dates leftovers' files and folders back by `days`, as if they had
 * been left that long ago, so that the next run's sweep of what killed
 * runs leave (scratch after a day, `runs/<runId>` after 7) applies.
 *
 * @param dir - the trial folder
 * @param paths - leftovers from {@link listLeftovers}
 * @param days - how far back
 * @example
 * await ageLeftovers(dir, await listLeftovers(dir), 8);
 */
export async function ageLeftovers(
  dir: string,
  paths: readonly string[],
  days: number,
): Promise<void> {
  const then = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
  for (const path of paths) {
    const inside = await readdir(join(dir, path), { recursive: true }).catch(
      () => [],
    );
    for (const file of [...inside.map((p) => join(path, p)), path]) {
      await utimes(join(dir, file), then, then).catch(() => {});
    }
  }
}

/**
 * The leftovers in `after` that were not in `before`: what the runs in
 * between left themselves.
 *
 * @param before - leftovers before
 * @param after - leftovers after
 * @returns the new ones
 * @example
 * newLeftovers(['a'], ['a', 'b']); // ['b']
 */
export function newLeftovers(
  before: readonly string[],
  after: readonly string[],
): string[] {
  const known = new Set(before);
  return after.filter((path) => !known.has(path));
}

async function names(folder: string): Promise<string[]> {
  return readdir(folder).catch(() => []);
}
