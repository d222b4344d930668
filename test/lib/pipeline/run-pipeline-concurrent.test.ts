import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { RunLockedError } from '#lib/errors';
import type { ObjectStore } from '#lib/ports/object-store';
import {
  Killer,
  latestProblems,
  RecordingNotifier,
} from '../../helpers/fault-injection.ts';
import { memoryS3 } from '../../helpers/s3-memory.ts';
import { useFaultLake } from './run-pipeline-faults-fixture.ts';

const { root, runOn } = useFaultLake();

describe.each([
  [
    'a folder',
    async () => new FsObjectStore(await mkdtemp(join(root, 'two-'))),
  ],
  // S3's conditional-write rules in memory (test/helpers/s3-memory.ts).
  ['S3', async () => new S3ObjectStore(memoryS3().client, 'reports')],
])('two runs at once on one report store in %s', (_, create) => {
  it('lets one run and stops the other with a message naming the holder', async () => {
    // Prepare
    const store: ObjectStore = await create();
    const notifier = new RecordingNotifier();

    // Act
    const results = await Promise.allSettled([
      runOn(store, notifier, new Killer(), 0),
      runOn(store, notifier, new Killer(), 0),
    ]);

    // Assess
    const failure = results.find((r) => r.status === 'rejected');
    expect(results.map((r) => r.status).sort()).toEqual([
      'fulfilled',
      'rejected',
    ]);
    expect(failure?.reason).toBeInstanceOf(RunLockedError);
    expect(String(failure?.reason)).toMatch(
      /lock .*pid \d+ started \S+ lock [0-9a-f]{8}, since /,
    );
    expect(notifier.accepted).toHaveLength(2);
    expect(await latestProblems(store)).toEqual([]);
    expect(await store.get('state/run.lock')).toBeUndefined();
  }, 120_000);

  it('takes over a lock whose run was killed once it has expired', async () => {
    // Prepare: a run killed right after taking the lock, on another
    // machine (a dead run of this process is taken over at once).
    const store: ObjectStore = await create();
    const notifier = new RecordingNotifier();
    await expect(runOn(store, notifier, new Killer(1), 0)).rejects.toThrow();
    const lock = JSON.parse(
      new TextDecoder().decode(await store.get('state/run.lock')),
    );
    await store.put(
      'state/run.lock',
      JSON.stringify({ ...lock, owner: 'build-host-7 pid 4242 lock 0dead0ff' }),
    );

    // Act
    const early = await runOn(store, notifier, new Killer(), 10).catch(
      (error: Error) => error,
    );
    const late = await runOn(store, notifier, new Killer(), 31);

    // Assess
    expect(String(early)).toMatch(/RunLockedError: .*until .*T06:30:00/);
    expect(late.notifications.sent).toBe(2);
  }, 120_000);
});
