import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { RunDateLockError, StoreConflictError, StoreError } from '#lib/errors';
import { claimRunDate } from '#lib/pipeline/run-date-lock';

const LOCK = 'locks/run-2026-11-26.lock';

async function store(): Promise<FsObjectStore> {
  return new FsObjectStore(await mkdtemp(join(tmpdir(), 'date-lock-')));
}

const text = async (s: FsObjectStore) =>
  new TextDecoder().decode(await s.get(LOCK));

describe('claimRunDate', () => {
  it("creates the date's lock with the execution's id, and holds it again for the same execution", async () => {
    // Prepare
    const reports = await store();
    // Act
    const first = await claimRunDate(reports, '2026-11-26', 'arn:exec:a');
    const again = await claimRunDate(reports, '2026-11-26', 'arn:exec:a');
    // Assess
    expect(first).toEqual({ held: true });
    expect(again).toEqual({ held: true });
    expect(await text(reports)).toBe('arn:exec:a');
  });

  it('tells another execution that the date has run or is running, naming the holder', async () => {
    // Prepare
    const reports = await store();
    await claimRunDate(reports, '2026-11-26', 'arn:exec:a');
    // Act
    const claim = await claimRunDate(reports, '2026-11-26', 'arn:exec:b');
    // Assess
    expect(claim).toEqual({
      held: false,
      skipped: `${LOCK} is held by arn:exec:a: this date has run or is running; delete the lock to run it again`,
    });
    expect(await text(reports)).toBe('arn:exec:a');
  });

  it('takes a lock released between its refused write and its read', async () => {
    // Prepare: the first write finds a lock, which a failed run then releases
    const reports = await store();
    let writes = 0;
    const racing = Object.assign(Object.create(reports), {
      putIf: async (key: string, body: string, condition: never) => {
        writes += 1;
        if (writes === 1) throw new StoreConflictError(key, 'exists');
        return reports.putIf(key, body, condition);
      },
    }) as FsObjectStore;
    // Act
    const claim = await claimRunDate(racing, '2026-11-26', 'arn:exec:b');
    // Assess
    expect(claim).toEqual({ held: true });
    expect(writes).toBe(2);
    expect(await text(reports)).toBe('arn:exec:b');
  });

  it('gives up naming the lock when it is released and taken again on each try', async () => {
    // Prepare: every write finds a lock, gone again by the time it is read
    const reports = await store();
    let writes = 0;
    const churning = Object.assign(Object.create(reports), {
      putIf: async (key: string) => {
        writes += 1;
        throw new StoreConflictError(key, 'exists');
      },
      get: async () => undefined,
    }) as FsObjectStore;
    // Act
    const act = claimRunDate(churning, '2026-11-26', 'arn:exec:a');
    // Assess
    await expect(act).rejects.toThrow(
      `could not take ${LOCK}: it was released and taken again while this run tried`,
    );
    expect(writes).toBe(2);
  });

  it('fails naming the lock and the cause when the write fails for another reason', async () => {
    // Prepare
    const reports = await store();
    const denied = Object.assign(Object.create(reports), {
      putIf: async () => {
        throw new StoreError(`put ${LOCK}: Access Denied`);
      },
    }) as FsObjectStore;
    // Act
    const act = claimRunDate(denied, '2026-11-26', 'arn:exec:a');
    // Assess
    await expect(act).rejects.toThrow(RunDateLockError);
    await expect(act).rejects.toThrow(
      `could not take ${LOCK}: put ${LOCK}: Access Denied`,
    );
  });

  it('fails naming the lock when it refuses the write but cannot be read', async () => {
    // Prepare
    const reports = await store();
    const unreadable = Object.assign(Object.create(reports), {
      putIf: async (key: string) => {
        throw new StoreConflictError(key, 'exists');
      },
      get: async () => {
        throw new StoreError(`get ${LOCK}: Access Denied`);
      },
    }) as FsObjectStore;
    // Act
    const act = claimRunDate(unreadable, '2026-11-26', 'arn:exec:a');
    // Assess
    await expect(act).rejects.toThrow(
      `could not read ${LOCK} after it refused a write: get ${LOCK}: Access Denied`,
    );
  });
});
