import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { LOCK_TTL_MS } from '#lib/pipeline/keep-lock';
import { lakeLock } from '#lib/pipeline/lake-lock';
import { releaseRunLock } from '#lib/pipeline/release-run-lock';
import { ROLLUP_STATE } from '#lib/pipeline/rollup-state';
import { acquireRunLock } from '#lib/pipeline/run-lock';
import type { ObjectStore } from '#lib/ports/object-store';
import { Killer, RecordingNotifier } from '../../helpers/fault-injection.ts';
import { at, useFaultLake } from './run-pipeline-faults-fixture.ts';

const { root, runOn } = useFaultLake();

/**
 * The report store, where another run over the same lake (a what-if on
 * another output folder, on another machine) tries to take the lake's
 * lock for its rollup the moment this run's rollup has finished: as it
 * records its summary. What the try came to is in `tried`.
 */
function triedAfterRollup(store: ObjectStore) {
  const lake = lakeLock(new FsObjectStore(join(root, 'lake')));
  const other = {
    owner: 'build-host-7 pid 4242 lock 0dead0ff',
    ttlMs: LOCK_TTL_MS,
  };
  const result: { tried?: string } = {};
  const watched = Object.assign(Object.create(store) as ObjectStore, {
    async put(...args: Parameters<ObjectStore['put']>) {
      await store.put(...args);
      if (args[0] !== ROLLUP_STATE || result.tried) return;
      result.tried = await acquireRunLock(lake, { ...other, now: at(0) })
        .then((held) => releaseRunLock(lake, held))
        .then(
          () => 'taken',
          (error: Error) => error.message,
        );
    },
  });
  return { watched, result };
}

describe('a local run between its rollup and its plan', () => {
  it("keeps the lake's lock, so another run's rollup cannot change the lake its plan reads", async () => {
    // Prepare
    const reports = new FsObjectStore(await mkdtemp(join(root, 'between-')));
    const { watched, result } = triedAfterRollup(reports);

    // Act
    const summary = await runOn(
      watched,
      new RecordingNotifier(),
      new Killer(),
      0,
    );

    // Assess: the other run was told this one holds the lake (it waits)
    expect(result.tried).toMatch(
      /^another run holds the lake's lock \(state\/rollup\.lock\): \S+ pid \d+ started \S+ lock [0-9a-f]{8}, /,
    );
    expect(summary.notifications.sent).toBe(2);
  }, 120_000);
});
