import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { RUN_LOCK_KEY } from '#lib/pipeline/run-lock';
import { holdLock, reportStoreLock } from '#lib/pipeline/with-run-lock';
import { recordingLog } from '../../helpers/recording-log.ts';
import { type LocalS3, startS3rver } from '../../helpers/s3rver.ts';
import { loseAnswer } from '../../helpers/s3rver-lost-answer.ts';
import { text } from '../../helpers/store-text.ts';

/** The lock the next run creates once this run's is gone. */
const NEXT = {
  owner: 'publish of 2026-12-08 (another execution)',
  acquiredAt: '2026-12-07T03:16:00.000Z',
  expiresAt: '2026-12-07T03:31:00.000Z',
};

describe('holdLock releasing on S3 when the delete loses its answer', () => {
  let s3: LocalS3 | undefined;
  afterEach(() => s3?.stop());

  it("says this run's lock may be released already, not taken over, when the repeat meets the next run's lock", async () => {
    // Prepare: S3 deletes the lock but its answer is lost; the next run
    // creates its lock before the SDK sends the delete again (412)
    const next = new PutObjectCommand({
      Bucket: 'reports',
      Key: RUN_LOCK_KEY,
      Body: JSON.stringify(NEXT),
    });
    const fault = loseAnswer({
      key: RUN_LOCK_KEY,
      method: 'DELETE',
      written: true,
      meanwhile: async () => {
        await s3?.client.send(next);
      },
    });
    s3 = await startS3rver(['reports'], [fault.middleware]);
    const store = new S3ObjectStore(s3.client, 'reports');
    const { log, messages } = recordingLog();
    const deps = { clock: { now: () => new Date() }, log };

    // Act: it warned "not released: another run took it over, and holds it"
    await holdLock(reportStoreLock(store), deps, async () => 'done');

    // Assess: the next run's lock is left alone, and the warning is true
    expect(fault.lost()).toBe(1);
    expect(JSON.parse(text(await store.get(RUN_LOCK_KEY)) ?? '{}')).toEqual(
      NEXT,
    );
    expect(messages).toEqual([
      `lock ${RUN_LOCK_KEY}: its delete lost its answer and, sent again, ` +
        "found another run's lock, left alone: this run's lock was " +
        'released by the first attempt, or had expired and was taken over',
    ]);
  });
});
