import { hostname } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { RunLockedError } from '#lib/errors';
import { LOCK_TTL_MS } from '#lib/pipeline/keep-lock';
import { holdLock } from '#lib/pipeline/with-run-lock';
import { putHeldLock } from '../../helpers/held-lock.ts';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';
import { silentLog } from '../../helpers/recording-log.ts';

const START = Date.parse('2026-12-03T06:00:00Z');

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
    const deps = { clock: { now: () => new Date(now) }, log: silentLog };

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

  it('takes over at once a lock left by an earlier run of this same host and pid that never released it', async () => {
    // Prepare: the lock of an earlier run of this process (same host name
    // and pid, no lock token held here), not expired; a Lambda, which
    // judges by expiry alone, is tested in lock-pid-reuse.test.ts
    const store = new FsObjectStore(dir);
    const place = { store, key: 'state/run.lock', guards: 'the report store' };
    const deps = { clock: { now: () => new Date(START) }, log: silentLog };
    const owner = `${hostname()} pid ${process.pid} lock 0dead0ff`;
    await putHeldLock(store, place.key, owner, START);

    // Act
    const holder = await holdLock(place, deps, async () =>
      JSON.parse(new TextDecoder().decode(await store.get(place.key))),
    );

    // Assess: this run held it, under its own lock token
    expect(holder.owner).toMatch(
      new RegExp(
        `^${hostname()} pid ${process.pid} started [0-9a-f-]{36}/\\d+ lock [0-9a-f]{8}$`,
      ),
    );
    expect(holder.owner).not.toBe(owner);
  });

  it('refuses a second lock in the same process while the first is held', async () => {
    // Prepare
    const store = new FsObjectStore(dir);
    const place = { store, key: 'state/run.lock', guards: 'the report store' };
    const deps = { clock: { now: () => new Date(START) }, log: silentLog };

    // Act
    const second = holdLock(place, deps, () =>
      holdLock(place, deps, async () => 'both'),
    );

    // Assess
    await expect(second).rejects.toThrow(RunLockedError);
    await expect(second).rejects.toThrow(
      `another run holds the report store's lock (state/run.lock): ${hostname()} pid ${process.pid} started `,
    );
  });

  it('keeps its own lock while it waits for another, which the wait would outlast', async () => {
    // Prepare: a run holding the report store's lock waits for the lake's,
    // held by another machine; a third of the run lock's life has passed
    const store = new FsObjectStore(dir);
    const runPlace = {
      store,
      key: 'state/run.lock',
      guards: 'the report store',
    };
    const lakePlace = { store, key: 'state/rollup.lock', guards: 'the lake' };
    let now = START;
    const deps = { clock: { now: () => new Date(now) }, log: silentLog };
    await store.put(
      lakePlace.key,
      JSON.stringify({
        owner: 'build-host-7 pid 4242 lock 0dead0ff',
        acquiredAt: new Date(START).toISOString(),
        expiresAt: new Date(START + 2 * LOCK_TTL_MS).toISOString(),
      }),
    );

    // Act
    const expiresAt = await holdLock(runPlace, deps, async (keep) => {
      now += LOCK_TTL_MS / 3 + 1000;
      const wait = { waitMs: 300, pollMs: 100, whileWaiting: keep };
      await holdLock(lakePlace, deps, async () => 0, wait).catch(() => 0);
      const lock = await store.get(runPlace.key);
      return JSON.parse(new TextDecoder().decode(lock)).expiresAt;
    });

    // Assess: renewed while waiting, with no write of its own
    expect(expiresAt).toBe(new Date(now + LOCK_TTL_MS).toISOString());
  });
});
