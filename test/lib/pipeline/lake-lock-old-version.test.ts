import { describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { ROLLUP_LOCK_KEY } from '#lib/domain/vocabulary';
import { RunLockedError } from '#lib/errors';
import { clearWaitingMark } from '#lib/pipeline/clear-waiting-mark';
import { lakeLock } from '#lib/pipeline/lake-lock';
import { releaseRunLock } from '#lib/pipeline/release-run-lock';
import { acquireRunLock } from '#lib/pipeline/run-lock';
import { acquireSharedLock } from '#lib/pipeline/shared-lock';
import { lockOf } from '../../helpers/lake-lock-holders.ts';
import { silentLog } from '../../helpers/recording-log.ts';
import { memoryS3 } from '../../helpers/s3-memory.ts';

const now = new Date('2026-12-07T06:00:00.000Z');
const lake = () => new S3ObjectStore(memoryS3().client, 'lake');
const reader = (store: S3ObjectStore, stage: string) => ({
  ...lakeLock(store),
  shared: true,
  stage,
});

describe("the lake's lock between versions with and without readers", () => {
  it('names the lease ending last in its own fields, as a version without readers reads it', async () => {
    // Prepare: a backtest's plan holds it 5 minutes, the run's plan 10
    const store = lake();
    const backtest = await acquireSharedLock(reader(store, 'backtest'), {
      owner: 'backtest-1',
      now,
      ttlMs: 300_000,
      stage: 'backtest',
    });
    await acquireSharedLock(reader(store, 'plan'), {
      owner: 'plan-1',
      now,
      ttlMs: 600_000,
      stage: 'plan',
    });
    const both = await lockOf(store);

    // Act: the backtest's plan leaves
    await releaseRunLock(reader(store, 'backtest'), backtest, now);
    const one = await lockOf(store);

    // Assess: an older version reads a plan's lock held until the last
    // lease ends, and waits for it (a rollup tried again, not failed)
    const own = ({ owner, expiresAt, stage }: Record<string, string>) => ({
      owner,
      expiresAt,
      stage,
    });
    const planLease = {
      owner: 'plan-1',
      expiresAt: '2026-12-07T06:10:00.000Z',
      stage: 'plan',
    };
    expect(own(both)).toEqual(planLease);
    expect(own(one)).toEqual(planLease);
    expect(one.readers).toHaveLength(1);
  });

  it("refuses a rollup and a new plan on an older version's plan lock, naming it a plan's", async () => {
    // Prepare: the lock an older plan wrote: its holder's fields only
    const store = lake();
    const old = {
      owner: 'plan-0',
      acquiredAt: now.toISOString(),
      expiresAt: '2026-12-07T06:15:00.000Z',
      stage: 'plan',
    };
    await store.put(ROLLUP_LOCK_KEY, JSON.stringify(old));
    const request = { now, ttlMs: 600_000 };

    // Act
    const rollup = await acquireRunLock(
      { ...lakeLock(store), stage: 'rollup' },
      { ...request, owner: 'rollup-1', stage: 'rollup' },
    ).catch((error: unknown) => error);
    const plan = await acquireSharedLock(reader(store, 'plan'), {
      ...request,
      owner: 'plan-1',
      stage: 'plan',
    }).catch((error: unknown) => error);

    // Assess: both refused; the rollup's refusal names a plan (which the
    // rollup stage turns into LakeBeingReadError, tried again); the lock
    // is the older plan's, untouched
    expect(rollup).toBeInstanceOf(RunLockedError);
    expect((rollup as RunLockedError).holderStage).toBe('plan');
    expect(String(plan)).toMatch(/another run's plan holds the lake's lock/);
    expect(await lockOf(store)).toEqual(old);
  });

  it("keeps an older version's mark when a rollup that marked the lock beside it gives up", async () => {
    // Prepare: a plan's lease, and the one mark an older rollup wrote
    const store = lake();
    const since = now.toISOString();
    const until = '2026-12-07T06:05:00.000Z';
    const lease = { owner: 'plan-1', acquiredAt: since, expiresAt: until };
    const mark = { ...lease, owner: 'rollup-0', stage: 'rollup' };
    const old = { ...mark, readers: [{ ...lease, stage: 'plan' }] };
    await store.put(ROLLUP_LOCK_KEY, JSON.stringify({ ...old, waiting: mark }));
    const place = { ...lakeLock(store), stage: 'rollup' };

    // Act: a rollup meets the plan, marks the lock, and gives up
    const request = { now, ttlMs: 600_000, owner: 'rollup-1' };
    await acquireRunLock(place, request).catch(() => {});
    const marked = await lockOf(store);
    await clearWaitingMark(place, 'rollup-1', silentLog);
    const plan = await acquireSharedLock(reader(store, 'plan'), {
      ...request,
      owner: 'plan-2',
      stage: 'plan',
    }).catch((error: unknown) => error);

    // Assess: both marks were kept while both waited; the older one still
    // holds a new plan off
    const owners = marked.waiters.map((w: { owner: string }) => w.owner);
    expect(owners).toEqual(['rollup-0', 'rollup-1']);
    expect(String(plan)).toMatch(/another run's rollup waits for the lake/);
    expect((await lockOf(store)).waiters).toEqual([mark]);
  });
});
