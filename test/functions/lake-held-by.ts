import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { withLakeLock } from '#lib/pipeline/lake-lock';
import { silentLog } from '../helpers/recording-log.ts';
import { s3 } from './state-machine-fixture.ts';

/**
 * Another execution's stage holding the lake's lock in the state-machine
 * tests' lake, as a Lambda does (it ends with its invocation, 15 minutes
 * on), until the function returned is called.
 *
 * @param stage - whose hold: a plan's (a lease) or a rollup's
 * @returns what releases it
 * @example
 * const release = await heldBy('rollup'); … await release();
 */
export async function heldBy(stage: 'plan' | 'rollup') {
  const lake = new S3ObjectStore(s3.client, 'lake');
  const deps = { lake, clock: { now: () => new Date() }, log: silentLog };
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let taken!: () => void;
  const holding = new Promise<void>((resolve) => {
    taken = resolve;
  });
  const hold = { stage, endsAtMs: Date.now() + 15 * 60_000 };
  const done = withLakeLock(deps, hold, async () => {
    taken();
    await released;
  });
  await holding;
  return async () => {
    release();
    await done;
  };
}
