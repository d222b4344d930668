import {
  mkdir,
  readdir,
  readFile,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import { isScratchName } from '#lib/adapters/local/scratch';
import { UsageError } from '#lib/errors';
import { checkSampleFolders } from './check-out-folders.ts';

/**
 * The lake's lock folder (`state/rollup.lock`, which `writeSample` holds
 * while the sample replaces the lake), scratch (a write in progress, its
 * lock's, another process's) and the runs' working files (`runs/<runId>/`, the
 * shard inputs a run's plan wrote: a run that has rolled up no longer
 * holds the lake's lock, and its shards read them): not the lake's data,
 * so they neither make a lake foreign nor are removed with it. A run's
 * working files go when it ends, or with the sweep of a later run.
 */
const KEPT = new Set(['state', 'runs']);
/** Marks a lake as written by the sample generator, so it may be replaced. */
const MARKER = '.headroom-sample';
/** The marker's text while the generator writes (a kill leaves it so). */
const WRITING = 'being written by headroom sample: incomplete\n';
/** The marker's text once the sample is complete (older samples: always). */
const COMPLETE = 'written by headroom sample\n';

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * Clears an earlier sample from `out` (its marker set to incomplete and
 * its `sample.json` removed first, so that a half-written sample never
 * looks complete, then its whole lake but the marker and the lock
 * folder: rollups of old traffic must go with it) and creates
 * `lake/traffic/`. A lake the generator did not write is never deleted.
 *
 * @param out - the sample folder
 * @returns the traffic folder
 * @throws UsageError when `out/lake` holds files of another origin
 * @example
 * const trafficDir = await prepareOut('data/sample');
 */
export async function prepareOut(out: string): Promise<string> {
  const lake = join(out, 'lake');
  const entries = await sampleEntries(out);
  // The marker says "incomplete" before anything goes, and stays: a
  // sample stopped while clearing leaves a lake that a run refuses and
  // the next sample replaces, not one that looks foreign or whole.
  await mkdir(lake, { recursive: true });
  await writeFile(join(lake, MARKER), WRITING);
  await rm(join(out, 'sample.json'), { force: true });
  for (const name of entries.filter((entry) => entry !== MARKER)) {
    await rm(join(lake, name), { recursive: true, force: true });
  }
  await mkdir(join(lake, 'traffic'), { recursive: true });
  return join(lake, 'traffic');
}

/**
 * The entries of `out`'s lake that replacing its sample removes (none
 * when it has no lake), after checking that the generator wrote that
 * lake; changes nothing, so that `writeSample` checks before it takes the
 * lake's lock (a lock file in a lake it refuses would change that lake).
 *
 * @param out - the sample folder
 * @returns the lake's entries but the lock and scratch folders
 * @throws UsageError when `out/lake` holds files of another origin, or
 *   a file stands where the sample needs a folder
 * @example
 * await sampleEntries('data/sample'); // ['.headroom-sample', 'traffic']
 */
export async function sampleEntries(out: string): Promise<string[]> {
  await checkSampleFolders(out);
  const lake = join(out, 'lake');
  // A complete sample (sample.json) of an older generator has no marker.
  const ours =
    (await exists(join(lake, MARKER))) ||
    (await exists(join(out, 'sample.json')));
  const entries = (await exists(lake))
    ? (await readdir(lake)).filter(
        (name) => !KEPT.has(name) && !isScratchName(name),
      )
    : [];
  if (!ours && entries.length > 0) {
    throw new UsageError(
      `${lake} exists and was not written by headroom sample; ` +
        'delete it or choose another --out folder',
    );
  }
  return entries;
}

/**
 * Marks the sample's lake complete, once its traffic is written.
 *
 * @param out - the sample folder
 * @example
 * await markSampleComplete('data/sample');
 */
export async function markSampleComplete(out: string): Promise<void> {
  await writeFile(join(out, 'lake', MARKER), COMPLETE);
}

/**
 * Whether `lake` is a sample the generator has not finished writing (it
 * was stopped midway): a run on it would publish a report of the days
 * written so far as if they were the whole lake.
 *
 * @param lake - a lake folder
 * @returns true when its sample marker is not the complete one
 * @example
 * if (await isSampleUnfinished('data/sample/lake')) throw …;
 */
export async function isSampleUnfinished(lake: string): Promise<boolean> {
  const text = await readFile(join(lake, MARKER), 'utf8').catch(
    () => undefined,
  );
  return text !== undefined && text !== COMPLETE;
}

/**
 * When the lake's sample marker was last written (undefined for a lake
 * that is not a sample): a sample written again over the lake changes it,
 * so that a run can tell the lake it checked from a new one.
 *
 * @param lake - a lake folder
 * @returns the marker's modification time in ms, or undefined
 * @example
 * const before = await sampleStamp('data/sample/lake');
 */
export async function sampleStamp(lake: string): Promise<number | undefined> {
  return stat(join(lake, MARKER)).then(
    (s) => s.mtimeMs,
    () => undefined,
  );
}
