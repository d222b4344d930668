import { afterEach, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { LOCK_TTL_MS } from '#lib/pipeline/keep-lock';
import {
  emptyState,
  NOTIFICATION_STATE_KEY,
} from '#lib/pipeline/notification-state';
import { acquireRunLock, RUN_LOCK_KEY } from '#lib/pipeline/run-lock';
import { savingInTurn } from '#lib/pipeline/save-notification-state';
import { type LocalS3, startS3rver } from '../../helpers/s3rver.ts';
import {
  type LostAnswer,
  loseAnswer,
} from '../../helpers/s3rver-lost-answer.ts';
import { text } from '../../helpers/store-text.ts';

const NOW = new Date('2026-12-07T03:15:00Z');

describe('a conditional write on S3 whose first answer was a 500 after S3 wrote it', () => {
  let s3: LocalS3 | undefined;
  afterEach(() => s3?.stop());
  const reports = async (lost: LostAnswer) => {
    const fault = loseAnswer(lost);
    s3 = await startS3rver(['reports'], [fault.middleware]);
    return { store: new S3ObjectStore(s3.client, 'reports'), fault };
  };

  it('leaves publish holding the run lock, not waiting on itself as "another run"', async () => {
    // Prepare
    const { store, fault } = await reports({
      key: RUN_LOCK_KEY,
      written: true,
    });
    const place = { store, key: RUN_LOCK_KEY, guards: 'the report store' };
    const request = {
      owner: 'publish 2026-12-07',
      now: NOW,
      ttlMs: LOCK_TTL_MS,
    };

    // Act: it failed with "another run holds the report store's lock
    // (state/run.lock): publish 2026-12-07, since …"
    const held = await acquireRunLock(place, request);

    // Assess
    expect(fault.lost()).toBe(1);
    expect(JSON.parse(text(await store.get(RUN_LOCK_KEY))!).owner).toBe(
      'publish 2026-12-07',
    );
    expect((await store.getVersioned(RUN_LOCK_KEY))?.version).toBe(
      held.version,
    );
  });

  it('saves the notification state after each message on, instead of stopping the run as if another run had changed it', async () => {
    // Prepare: the second save (after the first message) loses its answer
    const { store, fault } = await reports({
      key: NOTIFICATION_STATE_KEY,
      nth: 2,
      written: true,
    });
    const save = savingInTurn(store, undefined, '2026-12-07');
    const state = emptyState('2026-12-07');

    // Act: it failed with a StoreConflictError, and the run's other
    // messages waited for the next day's run
    await save(state);
    await save({ ...state, sent: { 'alert:Acme:2026-12-07': '2026-12-07' } });
    await save({
      ...state,
      sent: {
        'alert:Acme:2026-12-07': '2026-12-07',
        'alert:Globex:2026-12-07': '2026-12-07',
      },
    });

    // Assess
    expect(fault.lost()).toBe(1);
    const saved = JSON.parse(text(await store.get(NOTIFICATION_STATE_KEY))!);
    expect(Object.keys(saved.sent)).toEqual([
      'alert:Acme:2026-12-07',
      'alert:Globex:2026-12-07',
    ]);
  });
});
