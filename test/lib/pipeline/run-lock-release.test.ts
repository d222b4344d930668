import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { LOCK_TTL_MS } from '#lib/pipeline/keep-lock';
import { RUN_LOCK_KEY } from '#lib/pipeline/run-lock';
import { holdLock } from '#lib/pipeline/with-run-lock';
import type { ObjectStore } from '#lib/ports/object-store';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';
import { recordingLog } from '../../helpers/recording-log.ts';
import { memoryS3 } from '../../helpers/s3-memory.ts';
import { text } from '../../helpers/store-text.ts';

const START = Date.parse('2026-12-07T03:15:00Z');
const TAKER = {
  owner: 'publish of 2026-12-07 (another execution)',
  acquiredAt: new Date(START + 2 * LOCK_TTL_MS).toISOString(),
  expiresAt: new Date(START + 3 * LOCK_TTL_MS).toISOString(),
};

/**
 * The store, where another run takes the lock over (its compare-and-swap
 * on the version it read) just as this run releases it: after a read of
 * the lock, or before a conditional delete of it, whichever comes first.
 */
function takenOverOnRelease(store: ObjectStore): ObjectStore {
  let taken = false;
  const takeOver = async () => {
    if (taken) return;
    taken = true;
    const read = (await store.getVersioned(RUN_LOCK_KEY))!;
    await store.putIf(RUN_LOCK_KEY, JSON.stringify(TAKER), {
      ifMatch: read.version,
    });
  };
  return Object.assign(Object.create(store) as ObjectStore, {
    async getVersioned(key: string) {
      const read = await store.getVersioned(key);
      await takeOver();
      return read;
    },
    async deleteIf(key: string, condition: { ifMatch: string }) {
      await takeOver();
      return store.deleteIf(key, condition);
    },
  });
}

describe.each([
  ['FsObjectStore', async (dir: string) => new FsObjectStore(dir)],
  [
    'S3ObjectStore on in-memory S3',
    async () => new S3ObjectStore(memoryS3().client, 'reports'),
  ],
])('holdLock releasing on %s', (_name, create) => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir('run-lock-release');
  });
  afterEach(() => removeDir(dir));

  it('leaves alone, with a warning, a lock another run took over as this one released it', async () => {
    // Prepare: a run that outlived its lock (a Lambda frozen past its
    // invocation's end, a laptop asleep); another run took it over
    const store = await create(dir);
    const place = {
      store: takenOverOnRelease(store),
      key: RUN_LOCK_KEY,
      guards: 'the report store',
    };
    const { log, messages } = recordingLog();
    const deps = { clock: { now: () => new Date(START) }, log };

    // Act
    await holdLock(place, deps, async () => 'done');

    // Assess: the other run's lock is still there, and the release said so
    const stored = JSON.parse(text(await store.get(RUN_LOCK_KEY)) ?? '{}');
    expect(stored).toEqual(TAKER);
    expect(messages).toEqual([
      `lock ${RUN_LOCK_KEY} not released: another run took it over, and holds it`,
    ]);
  });
});
