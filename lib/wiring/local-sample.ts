import { join } from 'node:path';
import { ConsoleLogger } from '#lib/adapters/local/console-logger';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { SystemClock } from '#lib/adapters/local/system-clock';
import { lakeLock } from '#lib/pipeline/lake-lock';
import { holdLock } from '#lib/pipeline/with-run-lock';
import type { Clock } from '#lib/ports/clock';
import type { Logger } from '#lib/ports/logger';
import {
  checkSampleOptions,
  generateSample,
  type SampleOptions,
  type SampleSummary,
  sampleEntries,
} from '#lib/sample/index';

/**
 * `generateSample` holding the lake's rollup lock (`state/rollup.lock`),
 * the one a run holds while it rolls the lake up: a sample replaces its
 * whole lake, and must not delete the days a run is writing. While a run
 * holds the lock, the sample stops at once with the holder's name
 * (docs/architecture.md "Data contracts", the lake's rollup lock). A run
 * that starts while the sample writes refuses the unfinished sample at
 * once; one that checked the lake just before waits for the lock, then
 * checks again, and refuses the sample if it stopped unfinished or was
 * written again meanwhile.
 *
 * @param options - as for `generateSample`
 * @param log - where a lock left behind is reported (default: console)
 * @param clock - the lock's clock (default: the system's)
 * @returns the sample's summary
 * @throws RunLockedError naming the holder when a run holds the lake;
 *   UsageError when `options.out` holds a lake the generator did not write
 * @example
 * await writeSample({ out: 'data/sample' });
 */
export async function writeSample(
  options: SampleOptions,
  log: Logger = new ConsoleLogger({ quiet: true }),
  clock: Clock = new SystemClock(),
): Promise<SampleSummary> {
  // Bad options and a lake of another origin are refused before its
  // lock is written.
  checkSampleOptions(options);
  await sampleEntries(options.out);
  const place = lakeLock(new FsObjectStore(join(options.out, 'lake')));
  return holdLock(place, { clock, log }, (keep) =>
    renewingWhileWriting(options, keep),
  );
}

/**
 * `generateSample`, renewing the lock after each day it writes (the
 * writer waits for the renewal): a large sample (10,000 links over years)
 * writes for longer than a lock lives (30 minutes), and a run would take
 * an expired lock over. A renewal that fails (another process took the
 * lock) stops the sample with its error.
 */
async function renewingWhileWriting(
  options: SampleOptions,
  keep: () => Promise<void>,
): Promise<SampleSummary> {
  return generateSample({
    ...options,
    onProgress: async (done, total) => {
      await keep();
      await options.onProgress?.(done, total);
    },
  });
}
