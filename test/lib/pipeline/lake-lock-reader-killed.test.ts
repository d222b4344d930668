import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { SystemClock } from '#lib/adapters/local/system-clock';
import { ROLLUP_LOCK_KEY } from '#lib/domain/vocabulary';
import { lakeLock, withLakeLock } from '#lib/pipeline/lake-lock';
import { acquireSharedLock } from '#lib/pipeline/shared-lock';
import type { ObjectStore } from '#lib/ports/object-store';
import { silentLog } from '../../helpers/recording-log.ts';
import { memoryS3 } from '../../helpers/s3-memory.ts';
import { text } from '../../helpers/store-text.ts';

const READER = join(import.meta.dirname, '../../helpers/lake-reader.ts');

let folder: string;
afterEach(() => rm(folder, { recursive: true, force: true }));

const deps = (lake: ObjectStore) => ({
  lake,
  clock: new SystemClock(),
  log: silentLog,
});

const stores: [string, () => Promise<ObjectStore>][] = [
  [
    'a local lake',
    async () => {
      folder = await mkdtemp(join(tmpdir(), 'lake-reader-killed-'));
      return new FsObjectStore(folder);
    },
  ],
  [
    'a lake on S3',
    async () => {
      folder = await mkdtemp(join(tmpdir(), 'lake-reader-killed-'));
      return new S3ObjectStore(memoryS3().client, 'lake');
    },
  ],
];

describe.each(stores)(
  "a killed reader's lease of the lake, on %s",
  (_, makeLake) => {
    it('expires at its end, when a rollup Lambda, judging by expiry alone, takes the lake', async () => {
      // Prepare: a plan Lambda's lease, ending 600 ms from now, left by a
      // plan stopped at its timeout (never released)
      const lake = await makeLake();
      const place = { ...lakeLock(lake), shared: true, stage: 'plan' };
      const now = Date.now();
      await acquireSharedLock(place, {
        owner: 'plan of 2026-12-07 (timed out)',
        now: new Date(now),
        ttlMs: 600,
        stage: 'plan',
      });

      // Act: a rollup Lambda's hold (an end of its own, never renewed)
      const hold = {
        stage: 'rollup' as const,
        wait: { waitMs: 10_000, pollMs: 50 },
        endsAtMs: now + 60_000,
      };
      const tookAt = await withLakeLock(deps(lake), hold, async () =>
        Date.now(),
      );

      // Assess: it waited for the lease's end, not longer than a few looks
      expect(tookAt - now).toBeGreaterThanOrEqual(600);
      expect(tookAt - now).toBeLessThan(5_000);
      expect(text(await lake.get(ROLLUP_LOCK_KEY))).toBeUndefined();
    });
  },
);

describe("a killed local reader's lease of the lake", () => {
  it('is taken over at once by a local rollup, its process gone', async () => {
    // Prepare: a plan in a process of its own holds the lake, and is
    // SIGKILLed
    folder = await mkdtemp(join(tmpdir(), 'lake-reader-killed-'));
    const lake = new FsObjectStore(folder);
    const child = spawn(process.execPath, ['--import', 'tsx', READER, folder], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise((resolve) => child.stdout.once('data', resolve));
    const leased = JSON.parse(text(await lake.get(ROLLUP_LOCK_KEY))!);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    // Act: a rollup that may not wait
    const rolled = await withLakeLock(
      deps(lake),
      { stage: 'rollup' },
      async () => 'rolled up',
    );

    // Assess: the lease was the child's; the rollup got the lake at once
    expect(leased.readers).toHaveLength(1);
    expect(leased.readers[0].owner).toContain(` pid ${child.pid} `);
    expect(rolled).toBe('rolled up');
    expect(text(await lake.get(ROLLUP_LOCK_KEY))).toBeUndefined();
  });
});
