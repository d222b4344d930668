import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { holdLock } from '#lib/pipeline/with-run-lock';
import type { ObjectStore } from '#lib/ports/object-store';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';
import { silentLog } from '../../helpers/recording-log.ts';

const deps = { clock: { now: () => new Date() }, log: silentLog };

describe('holdLock, two holders in one process', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir('hold-lock-same-process');
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  it('refuses a second holder that reads the lock the moment the first wrote it, instead of taking it for a dead one', async () => {
    // Prepare: a store that, once the first holder's lock is written and
    // before holdLock returns to it, lets a second holder of this same
    // process try (two rollups of one lake started together, as a test or
    // a what-if run beside the daily run would)
    const inner = new FsObjectStore(dir);
    const key = 'state/rollup.lock';
    let second: Promise<string> | undefined;
    const store: ObjectStore = Object.assign(Object.create(inner), {
      putIf: async (...args: Parameters<FsObjectStore['putIf']>) => {
        const version = await inner.putIf(...args);
        if (second === undefined) {
          second = holdLock(
            { store: inner, key, guards: 'the lake' },
            deps,
            async () => 'ran',
          ).catch((error: Error) => error.message);
          await second;
        }
        return version;
      },
    });

    // Act
    const first = await holdLock(
      { store, key, guards: 'the lake' },
      deps,
      async () => 'ran',
    );

    // Assess: the first ran; the second was refused, naming the lock
    expect(first).toBe('ran');
    expect(await second).toMatch(
      /^another run holds the lake's lock \(state\/rollup\.lock\): /,
    );
  });
});
