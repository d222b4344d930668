import { join } from 'node:path';
import { ConsoleLogger } from '#lib/adapters/local/console-logger';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { SystemClock } from '#lib/adapters/local/system-clock';
import { ROLLUP_LOCK_KEY } from '#lib/pipeline/rollup-stage';
import { holdLock } from '#lib/pipeline/with-run-lock';
import type { Logger } from '#lib/ports/logger';
import {
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
 * checks again, and refuses the sample if it stopped unfinished.
 *
 * @param options - as for `generateSample`
 * @param log - where a lock left behind is reported (default: console)
 * @returns the sample's summary
 * @throws RunLockedError naming the holder when a run holds the lake;
 *   UsageError when `options.out` holds a lake the generator did not write
 * @example
 * await writeSample({ out: 'data/sample' });
 */
export async function writeSample(
  options: SampleOptions,
  log: Logger = new ConsoleLogger({ quiet: true }),
): Promise<SampleSummary> {
  // A lake of another origin is refused before its lock is written.
  await sampleEntries(options.out);
  const place = {
    store: new FsObjectStore(join(options.out, 'lake')),
    key: ROLLUP_LOCK_KEY,
    guards: 'the lake',
  };
  return holdLock(place, { clock: new SystemClock(), log }, () =>
    generateSample(options),
  );
}
