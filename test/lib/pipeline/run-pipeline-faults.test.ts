import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { OutboxNotifier } from '#lib/adapters/local/outbox-notifier';
import { DEFAULT_CONFIG } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import { RunLockedError } from '#lib/errors';
import type { Deps } from '#lib/pipeline/deps';
import { runPipeline } from '#lib/pipeline/run-pipeline';
import type { Notifier } from '#lib/ports/notifier';
import type { ObjectStore } from '#lib/ports/object-store';
import { buildLocalDeps } from '#lib/wiring/local';
import {
  Killer,
  latestProblems,
  RecordingNotifier,
} from '../../helpers/fault-injection.ts';
import {
  makeTempDir,
  removeDir,
  type TrafficSample,
  writeLinksCsv,
  writeTrafficDay,
} from '../../helpers/lake.ts';
import { memoryS3 } from '../../helpers/s3-memory.ts';

// Two ISPs, one bundle each, growing into critical within the lead time,
// so that each run publishes a report and sends two alerts.
const START = '2026-01-01';
const DAYS = 70;
const AS_OF = addDays(START, DAYS);
const ISPS = ['Acme', 'Beta'];
const at = (minutes: number) =>
  new Date(Date.parse(`${AS_OF}T06:00:00Z`) + minutes * 60_000);

let root: string;
let deps: Deps;

beforeAll(async () => {
  root = await makeTempDir('faults');
  await writeLinksCsv(
    join(root, 'inventory'),
    ISPS.map((isp) => ({
      linkId: `${isp}-1`,
      isp,
      site: 'LHR1',
      linkType: 'pni',
      capacityBps: 100e9,
    })),
  );
  for (let day = 0; day < DAYS; day += 1) {
    await writeTrafficDay(
      join(root, 'lake'),
      addDays(START, day),
      samplesOf(day),
    );
  }
  deps = await buildLocalDeps({
    lake: join(root, 'lake'),
    inventory: join(root, 'inventory'),
    out: join(root, 'warm-up'),
    config: DEFAULT_CONFIG,
    quiet: true,
    clock: { now: () => at(0) },
  });
  // Rolls the lake up once; later runs redo only the last day.
  await runPipeline(deps, { asOf: AS_OF });
}, 300_000);

afterAll(async () => {
  await deps.engine.close();
  await removeDir(root);
});

function samplesOf(day: number): TrafficSample[] {
  const date = addDays(START, day);
  return ISPS.flatMap((isp) =>
    Array.from({ length: 24 }, (_, hour) => ({
      ts: `${hour === 23 ? addDays(date, 1) : date}T${String((hour + 1) % 24).padStart(2, '0')}:00:00Z`,
      linkId: `${isp}-1`,
      outBps: (50 + 0.5 * day) * 1e9,
      capacityBps: 100e9,
    })),
  );
}

/** A run on `store` with `notifier`, killed after `killer`'s k-th step. */
function runOn(
  store: ObjectStore,
  notifier: Notifier,
  killer: Killer,
  minutes: number,
) {
  return runPipeline(
    {
      ...deps,
      reports: killer.store(store),
      notifier: killer.notifier(notifier),
      clock: { now: () => at(minutes) },
    },
    { asOf: AS_OF },
  );
}

describe('runPipeline killed at every step', () => {
  it('leaves latest complete and each message delivered once after the next run', async () => {
    // Prepare: count the steps of a whole run.
    const probe = new Killer();
    const once = new RecordingNotifier();
    await runOn(
      new FsObjectStore(await mkdtemp(join(root, 'p-'))),
      once,
      probe,
      0,
    );
    const expected = once.accepted
      .map((m) => m.id)
      .sort()
      .join(' ');
    const results: string[] = [];
    const resent: number[] = [];

    // Act: for every k, kill a run after step k, then run again 31 minutes
    // later (the killed run's lock has expired by then).
    for (let k = 0; k < probe.steps; k += 1) {
      const dir = await mkdtemp(join(root, `k${k}-`));
      const store = new FsObjectStore(join(dir, 'out'));
      const published = new RecordingNotifier();
      const outbox = new OutboxNotifier(join(dir, 'outbox'));
      const notifier: Notifier = {
        publish: async (messages) => {
          await published.publish(messages);
          return outbox.publish(messages);
        },
      };
      // The last step, releasing the lock, may fail without failing the run.
      const killed = await runOn(store, notifier, new Killer(k), 0).then(
        () => 'finished',
        (error: Error) => error.message,
      );
      await runOn(store, notifier, new Killer(), 31);
      const delivered = await deliveredIds(join(dir, 'outbox'));
      const problems = await latestProblems(store);
      results.push(`${k}: ${[killed, delivered, ...problems].join('; ')}`);
      if (published.accepted.length > once.accepted.length) resent.push(k);
    }

    // Assess
    expect(once.accepted).toHaveLength(2);
    expect(results).toEqual(
      Array.from(
        { length: probe.steps },
        (_, k) =>
          `${k}: ${k === probe.steps - 1 ? 'finished' : `killed after step ${k}`}; ${expected}`,
      ),
    );
    // Through the port, the only re-sends are of a message accepted just
    // before the kill, whose state save the kill prevented (SNS would
    // deliver it twice; the outbox recognises it).
    const publishedAt = probe.log.flatMap((what, i) =>
      what === 'publish' ? [i + 1] : [],
    );
    expect(resent).toEqual(publishedAt);
    expect(probe.log[publishedAt[0]!]).toBe('write state/notifications.json');
  }, 600_000);
});

/** The message ids in an outbox, sorted: one per delivered message. */
async function deliveredIds(outbox: string): Promise<string> {
  const ids: string[] = [];
  for (const day of await readdir(outbox).catch(() => [])) {
    for (const name of await readdir(join(outbox, day))) {
      if (!name.endsWith('.json')) continue;
      const text = await readFile(join(outbox, day, name), 'utf8');
      ids.push((JSON.parse(text) as { id: string }).id);
    }
  }
  return ids.sort().join(' ');
}

describe.each([
  [
    'a folder',
    async () => new FsObjectStore(await mkdtemp(join(root, 'two-'))),
  ],
  // s3rver ignores If-None-Match and If-Match: S3's rules in memory instead.
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
      /lock .*pid \d+ lock [0-9a-f]{8}, since /,
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
