import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { holdLock, LOCK_TTL_MS } from '#lib/pipeline/with-run-lock';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';

const START = Date.parse('2026-12-03T06:00:00Z');
const silent = { debug() {}, info() {}, warn() {}, error() {} };

describe('holdLock', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir('hold-lock');
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  it('lets writes made at once renew a lock that is due, instead of failing as if another run took it', async () => {
    // Prepare: a third of the lock's time-to-live after it was taken, as
    // when a rollup batch is retried day by day in parallel
    const store = new FsObjectStore(dir);
    const place = { store, key: 'state/rollup.lock', guards: 'the lake' };
    let now = START;
    const deps = { clock: { now: () => new Date(now) }, log: silent };

    // Act
    const result = await holdLock(place, deps, async (keep) => {
      now += LOCK_TTL_MS / 3 + 1000;
      await Promise.all([keep(), keep(), keep()]);
      return JSON.parse(
        new TextDecoder().decode(await store.get(place.key)),
      ) as { expiresAt: string };
    });

    // Assess: renewed once, and released at the end
    expect(result.expiresAt).toBe(new Date(now + LOCK_TTL_MS).toISOString());
    expect(await store.get(place.key)).toBeUndefined();
  });
});
