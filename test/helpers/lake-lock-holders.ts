import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { SystemClock } from '#lib/adapters/local/system-clock';
import { ROLLUP_LOCK_KEY } from '#lib/domain/vocabulary';
import { type LakeStage, withLakeLock } from '#lib/pipeline/lake-lock';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import type { Clock } from '#lib/ports/clock';
import type { ObjectStore } from '#lib/ports/object-store';
import { silentLog } from './recording-log.ts';
import { memoryS3 } from './s3-memory.ts';
import { text } from './store-text.ts';

/**
 * In-process holders of the lake's lock, for the tests of readers and a
 * rollup sharing it (`lake-lock-readers.test.ts`): the two stores it is
 * tested on, a holder that holds it until released, and ways to wait.
 */
const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) {
    await rm(folder, { recursive: true, force: true });
  }
});

export const stores: [string, () => Promise<ObjectStore>][] = [
  [
    'a local lake',
    async () => {
      folders.push(await mkdtemp(join(tmpdir(), 'lake-readers-')));
      return new FsObjectStore(folders.at(-1)!);
    },
  ],
  ['a lake on S3', async () => new S3ObjectStore(memoryS3().client, 'lake')],
];

/** Waits long enough for a waiter polling every 20 ms to have looked. */
export const moment = () => new Promise((resolve) => setTimeout(resolve, 150));

/**
 * Holds the lake's lock as `stage` until `release()`, waiting `waitMs` for
 * it, looking every `pollMs`; `held` settles once it holds it (or fails
 * to).
 */
export function hold(
  lake: ObjectStore,
  stage: LakeStage,
  waitMs = 0,
  pollMs = 20,
) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let entered!: () => void;
  const held = new Promise<void>((resolve) => {
    entered = resolve;
  });
  const deps = { lake, clock: new SystemClock(), log: silentLog };
  const wait = { waitMs, pollMs };
  const done = withLakeLock(deps, { stage, wait }, async () => {
    entered();
    await released;
    return stage;
  });
  // Settles on a refusal too, which `done` reports.
  const settled = done.then(
    () => {},
    () => {},
  );
  return { held: Promise.race([held, settled]), release, done };
}

/** Resolves once `check` holds (looked at every 20 ms, 5 s at most). */
export async function until(check: () => Promise<boolean>): Promise<void> {
  for (let waited = 0; !(await check()); waited += 20) {
    if (waited > 5_000) throw new Error('waited 5 s in vain');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The lake's lock as stored, or undefined. */
export async function lockOf(lake: ObjectStore) {
  const body = text(await lake.get(ROLLUP_LOCK_KEY));
  return body === undefined ? undefined : JSON.parse(body);
}

/**
 * The lake seen through a store whose `putIf` is `putIf` (which calls the
 * lake's own): another run's change of the lock made between a holder's
 * read and its write.
 */
export function withPutIf(
  lake: ObjectStore,
  putIf: ObjectStore['putIf'],
): ObjectStore {
  return new Proxy(lake, {
    get: (target, name) =>
      name === 'putIf' ? putIf : Reflect.get(target, name, target),
  });
}

/** The clock `ms` ahead of the system's (a stage started that much later). */
export const later = (ms: number): Clock => ({
  now: () => new Date(Date.now() + ms),
});

/**
 * A plan Lambda reading the lake at once (judging a mark by its expiry
 * alone, as on AWS): the stages of the leases it read beside, or its
 * refusal.
 */
export function planLambda(lake: ObjectStore, clock = later(0)) {
  const deps = { lake, clock, log: silentLog };
  const endsAtMs = clock.now().getTime() + 60_000;
  const lambda = { stage: 'plan' as const, endsAtMs };
  return withLakeLock(deps, lambda, async () =>
    (await lockOf(lake)).readers.map((r: { stage: string }) => r.stage),
  ).catch((error: unknown) => String(error));
}

/** The rollup Lambda's stage, for an execution or invoked by hand. */
export function rollupLambda(
  lake: ObjectStore,
  execution?: string,
  clock = later(0),
) {
  const input = {
    asOf: '2026-11-26',
    links: [],
    execution,
    lockEndsAtMs: clock.now().getTime() + 900_000,
  };
  const deps = { lake, clock, log: silentLog };
  return rollupStage(deps as never, input).catch((error: unknown) => error);
}
