import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { runDateLockKey } from '#lib/domain/vocabulary';
import { claimRunDate } from '#lib/pipeline/run-date-lock';
import { RUN_LOCK_KEY } from '#lib/pipeline/run-lock';
import { holdLock, reportStoreLock } from '#lib/pipeline/with-run-lock';
import { recordingLog } from '../../helpers/recording-log.ts';
import { memoryS3 } from '../../helpers/s3-memory.ts';
import { text } from '../../helpers/store-text.ts';

const AS_OF = '2026-12-07';
const START = Date.parse(`${AS_OF}T03:15:00Z`);

// The reports bucket is versioned (infra/stacks/data-buckets.ts): a
// released lock leaves a delete marker as its key's current version, and
// S3 documents that "if the current object version is a delete marker,
// the write operation succeeds" for If-None-Match, so the key is free.
describe('locks in the versioned reports bucket', () => {
  it("lets the next execution take a date whose failed execution's lock was released", async () => {
    // Prepare: execution a took the date, failed, and the state machine
    // released its lock (a plain DeleteObject: a delete marker)
    const { client, deleteMarkers } = memoryS3({ versioned: true });
    const reports = new S3ObjectStore(client, 'reports');
    await claimRunDate(reports, AS_OF, 'arn:exec:a');
    const key = runDateLockKey(AS_OF);
    await client.send(new DeleteObjectCommand({ Bucket: 'reports', Key: key }));
    expect(deleteMarkers.has(key)).toBe(true);

    // Act
    const claim = await claimRunDate(reports, AS_OF, 'arn:exec:b');

    // Assess: b runs the date (it was refused and failed with "released
    // and taken again" if S3 took the marker for a lock)
    expect(claim).toEqual({ held: true });
    expect(text(await reports.get(key))).toBe('arn:exec:b');
    expect(deleteMarkers.has(key)).toBe(false);
  });

  it('takes the run lock again over its released delete marker, and releases it without a warning', async () => {
    // Prepare: a publish that held the run lock and released it
    const { client, deleteMarkers } = memoryS3({ versioned: true });
    const place = reportStoreLock(new S3ObjectStore(client, 'reports'));
    const { log, messages } = recordingLog();
    const deps = { clock: { now: () => new Date(START) }, log };
    await holdLock(place, deps, async () => 'first');
    expect(deleteMarkers.has(RUN_LOCK_KEY)).toBe(true);

    // Act: the next publish
    const held = await holdLock(place, deps, async () =>
      text(await place.store.get(RUN_LOCK_KEY)),
    );

    // Assess: it held the lock, released it (a delete marker again), and
    // nothing was refused
    expect(held).toContain('"owner"');
    expect(deleteMarkers.has(RUN_LOCK_KEY)).toBe(true);
    expect(await place.store.get(RUN_LOCK_KEY)).toBeUndefined();
    expect(messages).toEqual([]);
  });

  it('counts as released a lock whose key is a delete marker already', async () => {
    // Prepare: a lock removed by hand ("delete the lock file if that run
    // is gone") while its holder still ran
    const { client, deleteMarkers } = memoryS3({ versioned: true });
    const place = reportStoreLock(new S3ObjectStore(client, 'reports'));
    const { log, messages } = recordingLog();
    const deps = { clock: { now: () => new Date(START) }, log };

    // Act
    await holdLock(place, deps, async () => {
      await place.store.delete([RUN_LOCK_KEY]);
    });

    // Assess: S3 answers the conditional delete 404 NoSuchKey: no warning
    expect(deleteMarkers.has(RUN_LOCK_KEY)).toBe(true);
    expect(messages).toEqual([]);
  });
});
