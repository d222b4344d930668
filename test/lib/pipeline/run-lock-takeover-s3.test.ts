import { describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { LOCK_TTL_MS } from '#lib/pipeline/keep-lock';
import { acquireRunLock, RUN_LOCK_KEY } from '#lib/pipeline/run-lock';
import type { ObjectStore } from '#lib/ports/object-store';
import { memoryS3 } from '../../helpers/s3-memory.ts';
import { text } from '../../helpers/store-text.ts';

const NOW = Date.parse('2026-12-07T03:15:00Z');

/**
 * The store, where the lock's holder releases it just after a taker read
 * it (the holder's `releaseRunLock` between the taker's read and its
 * compare-and-swap).
 */
function releasedAfterRead(store: ObjectStore): ObjectStore {
  return Object.assign(Object.create(store) as ObjectStore, {
    async getVersioned(key: string) {
      const read = await store.getVersioned(key);
      if (key === RUN_LOCK_KEY) await store.delete([key]);
      return read;
    },
  });
}

describe('acquireRunLock on S3', () => {
  it('takes a lock its expired holder released while it was taking it over, instead of failing the run', async () => {
    // Prepare: an expired lock in an S3 bucket with S3's answers (an
    // If-Match write of a key with no object is 404 NoSuchKey)
    const { client } = memoryS3();
    const s3 = new S3ObjectStore(client, 'reports');
    const expired = {
      owner: 'publish of 2026-12-06',
      acquiredAt: new Date(NOW - 2 * LOCK_TTL_MS).toISOString(),
      expiresAt: new Date(NOW - LOCK_TTL_MS).toISOString(),
    };
    await s3.put(RUN_LOCK_KEY, JSON.stringify(expired));
    const place = {
      store: releasedAfterRead(s3),
      key: RUN_LOCK_KEY,
      guards: 'the report store',
    };
    const request = {
      owner: 'publish of 2026-12-07',
      now: new Date(NOW),
      ttlMs: LOCK_TTL_MS,
    };

    // Act
    const held = await acquireRunLock(place, request);

    // Assess: this run holds the lock (it failed with "cannot write
    // s3://reports/state/run.lock: NoSuchKey")
    expect(held.record.owner).toBe('publish of 2026-12-07');
    const stored = JSON.parse(text(await s3.get(RUN_LOCK_KEY)) ?? '{}');
    expect(stored.owner).toBe('publish of 2026-12-07');
  });
});
