import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DAY_MS } from '#lib/domain/dates';
import { RUN_FILES_KEPT_DAYS } from '#lib/domain/vocabulary';

/**
 * The folder of writes in progress below each local root (the output
 * folder, the outbox, the lake): a file is written there, then renamed
 * into place, so a kill leaves it there and nowhere else, where nothing
 * reads it and the sweep finds it (docs/architecture.md "Leftovers").
 */
export const SCRATCH_FOLDER = '.headroom-tmp';

/** No write takes a day: scratch older than that was left by a kill. */
const STALE_SCRATCH_MS = 24 * 60 * 60 * 1000;

/**
 * A new scratch path below `root` (its folder made), to write and then
 * rename into place. Short, so a key near the file-name limit still fits.
 *
 * @param root - the output folder, the outbox or the lake
 * @returns an absolute path that does not exist yet
 * @example
 * const temporary = await scratchPath('/out'); // /out/.headroom-tmp/6f1c…
 */
export async function scratchPath(root: string): Promise<string> {
  const folder = join(root, SCRATCH_FOLDER);
  await mkdir(folder, { recursive: true });
  return join(folder, randomUUID());
}

/**
 * Whether a store key is scratch, not an object: a write in progress in
 * the scratch folder, or a temporary file or mutex beside its target
 * (`.tmp-*`: what kills left before `.headroom-tmp/`).
 *
 * @param key - a key relative to the store's root
 * @returns true for scratch
 * @example
 * isScratchKey('.headroom-tmp/6f1c'); // true
 */
export function isScratchKey(key: string): boolean {
  const name = key.slice(key.lastIndexOf('/') + 1);
  return (
    key.startsWith(`${SCRATCH_FOLDER}/`) ||
    name.startsWith('.headroom-tmp-') ||
    name.startsWith('.tmp-') ||
    name.endsWith('.cas-lock') ||
    name.endsWith('.cas-lock.break')
  );
}

/** What a sweep removed. */
export interface Swept {
  /** Scratch files and folders left by killed writes. */
  readonly scratch: number;
  /** `runs/<runId>` folders (output folder and lake) of unfinished runs. */
  readonly runs: readonly string[];
}

/**
 * Removes what killed runs left behind: scratch older than a day in
 * each root's `.headroom-tmp/`, and the working files (`runs/<runId>/`,
 * in the output folder and in the lake, only names of a local run's id)
 * of runs that did not finish, once nothing in them has changed for
 * `RUN_FILES_KEPT_DAYS` days, as the AWS buckets' lifecycle rule does. Ages, not the run lock, make it safe beside a run still
 * going (another output folder over the same lake, say).
 *
 * @param roots - the output folder, the outbox and the lake
 * @param now - the current time
 * @returns what was removed
 * @example
 * await sweepLeftovers({ out: 'out', outbox: 'out/outbox', lake: 'lake' },
 *   new Date());
 */
export async function sweepLeftovers(
  roots: { out: string; outbox: string; lake: string },
  now: Date,
): Promise<Swept> {
  let scratch = 0;
  for (const root of [roots.out, roots.outbox, roots.lake]) {
    const folder = join(root, SCRATCH_FOLDER);
    for (const name of await entries(folder)) {
      const path = join(folder, name);
      if ((await newest(path)) < now.getTime() - STALE_SCRATCH_MS) {
        await rm(path, { recursive: true, force: true });
        scratch += 1;
      }
    }
  }
  const runs = new Set<string>();
  const kept = now.getTime() - RUN_FILES_KEPT_DAYS * DAY_MS;
  for (const root of [roots.out, roots.lake]) {
    const ids = (await entries(join(root, 'runs'))).filter(isRunId);
    for (const runId of ids) {
      const path = join(root, 'runs', runId);
      if ((await newest(path)) < kept) {
        await rm(path, { recursive: true, force: true });
        runs.add(runId);
      }
    }
    // An empty runs/ goes too, as no S3 prefix outlives its last object.
    await rmdir(join(root, 'runs')).catch(() => {});
  }
  return { scratch, runs: [...runs].sort() };
}

/**
 * A local run's id (`defaultRunId`: the as-of date and the start time,
 * `2026-11-26T060000`): anything else in a `runs/` folder is not ours.
 */
const isRunId = (name: string) => /^\d{4}-\d{2}-\d{2}T\d{6}$/.test(name);

async function entries(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * When a file, or the newest file in a folder, was last written (an
 * empty folder: when it was made); never, for what is already gone.
 */
async function newest(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return Number.POSITIVE_INFINITY;
  if (!info.isDirectory()) return info.mtimeMs;
  const names = await entries(path);
  if (names.length === 0) return info.mtimeMs;
  let latest = Number.NEGATIVE_INFINITY;
  for (const name of names) {
    const at = await newest(join(path, name));
    if (at !== Number.POSITIVE_INFINITY) latest = Math.max(latest, at);
  }
  return latest === Number.NEGATIVE_INFINITY ? info.mtimeMs : latest;
}
