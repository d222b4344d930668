import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { OutboxNotifier } from '#lib/adapters/local/outbox-notifier';
import type { Notifier } from '#lib/ports/notifier';
import {
  Killer,
  latestProblems,
  RecordingNotifier,
} from '../../helpers/fault-injection.ts';
import { useFaultLake } from './run-pipeline-faults-fixture.ts';

const { root, runOn } = useFaultLake();

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
    const unmarked: string[] = [];

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
      const seen = new Set<string>();
      for (const m of published.accepted) {
        if (seen.has(m.id) && m.mayRepeat === undefined) unmarked.push(m.id);
        seen.add(m.id);
      }
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
    // deliver it twice, marked as a possible repeat; the outbox
    // recognises it).
    const publishedAt = probe.log.flatMap((what, i) =>
      what === 'publish' ? [i + 1] : [],
    );
    expect(resent).toEqual(publishedAt);
    expect(probe.log[publishedAt[0]!]).toBe('write state/notifications.json');
    expect(unmarked).toEqual([]);
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
