import { readdir, rm, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DAY_MS } from '#lib/domain/dates';
import { RUN_FILES_KEPT_DAYS } from '#lib/domain/vocabulary';
import { isScratchName, SCRATCH_PREFIX } from './scratch.ts';

/** No write takes a day: scratch older than that was left by a kill. */
const STALE_SCRATCH_MS = 24 * 60 * 60 * 1000;

/** What a sweep removed. */
export interface Swept {
  /** Scratch files and folders left by killed writes. */
  readonly scratch: number;
  /** `runs/<runId>` folders (output folder and lake) of unfinished runs. */
  readonly runs: readonly string[];
}

/**
 * Removes what killed runs left behind: scratch older than a day at
 * each root (writes' `.headroom-tmp-<uuid>/` folders; in the shared
 * `.headroom-tmp/` of earlier versions, removed once empty), and the
 * working files (`runs/<runId>/`, in the output folder and in the lake,
 * only names of a local run's id) of runs that did not finish, once
 * nothing in them has changed for `RUN_FILES_KEPT_DAYS` days, as the AWS
 * buckets' lifecycle rule does. Ages, not the run lock, make it safe
 * beside a run still going (another output folder over the same lake).
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
  const stale = now.getTime() - STALE_SCRATCH_MS;
  let scratch = 0;
  for (const root of [roots.out, roots.outbox, roots.lake]) {
    for (const name of (await entries(root)).filter(isScratchName)) {
      scratch += await removeStale(join(root, name), name, stale);
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
 * Removes a scratch entry of a root last written before `stale`; in the
 * shared folder of earlier versions, each such entry, then the folder if
 * that leaves it empty. Returns how many entries went.
 */
async function removeStale(path: string, name: string, stale: number) {
  if (name !== SCRATCH_PREFIX) {
    if ((await newest(path)) >= stale) return 0;
    await rm(path, { recursive: true, force: true });
    return 1;
  }
  let removed = 0;
  for (const inner of await entries(path)) {
    removed += await removeStale(join(path, inner), '', stale);
  }
  await rmdir(path).catch(() => {});
  return removed;
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
