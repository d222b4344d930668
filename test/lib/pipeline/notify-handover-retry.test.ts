import { describe, expect, it } from 'vitest';
import type { Message } from '#lib/domain/message';
import { notify } from '#lib/pipeline/notify';
import { emailProse } from '../../helpers/email-prose.ts';
import {
  deps,
  notifier,
  owned,
  run,
  useNotifyFixture,
} from './notify-fixture.ts';
import { HANDOVER, handoverRefused } from './notify-handover-fixture.ts';

useNotifyFixture();

describe('notify: the former owner of a bundle handed over', () => {
  it('is told on the next run, without the alert again, when the notifier refused its message', async () => {
    // Prepare: the alert to noc accepted, the handover refused
    await handoverRefused();

    // Act
    const retried = await run('2026-11-26', [owned('noc')]);
    const after = await run('2026-11-27', [owned('noc')]);

    // Assess: before, noc's alert went again with it, a second alert
    // to noc of what it had been told the day before
    expect(retried).toEqual([
      '2026-11-26/handover/emea-peering-acme/1 | [Headroom] Acme: 1 bundle handed over to noc',
    ]);
    const handover = notifier.accepted.at(-1)!;
    expect(handover.attributes.owner).toBe('emea-peering');
    expect(emailProse(handover.body)).toContain(
      "- FRA2 ix (Acme/FRA2/ix): now noc's, critical, order by 2026-12-20; last told to you critical on 2026-11-24.\n",
    );
    expect(after).toEqual([]);
  });

  it('is told once, with the alert, when the notifier refused the alert', async () => {
    // Prepare: the alert to noc refused
    await run('2026-11-24', [owned('emea-peering')]);
    notifier.refuse.add('2026-11-25/alert/acme/1');
    const refused = await run('2026-11-25', [owned('noc')]);
    notifier.refuse.clear();

    // Act
    const retried = await run('2026-11-26', [owned('noc')]);
    const after = await run('2026-11-27', [owned('noc')]);

    // Assess: the handover, which says noc is alerted, waits for noc's
    // alert; sent beside the refused alert, it went again with it
    expect(refused).toEqual([]);
    expect(retried).toEqual([
      '2026-11-26/alert/acme/1 | [Headroom] Acme: 1 critical — order by 2026-12-20',
      '2026-11-26/handover/emea-peering-acme/1 | [Headroom] Acme: 1 bundle handed over to noc',
    ]);
    expect(after).toEqual([]);
  });

  it('is told once, and the alert not again, after a run killed between them', async () => {
    // Prepare: the run is killed once the alert is accepted
    await run('2026-11-24', [owned('emea-peering')]);
    const evaluations = [owned('noc')];
    const killed = {
      publish: async (messages: readonly Message[]) => {
        if (messages[0]!.id === HANDOVER) throw new Error('killed');
        return notifier.publish(messages);
      },
    };
    await expect(
      notify(
        { ...deps, notifier: killed },
        { asOf: '2026-11-25', evaluations },
      ),
    ).rejects.toThrow('killed');

    // Act
    const rerun = await run('2026-11-25', evaluations);
    const next = await run('2026-11-26', evaluations);

    // Assess
    expect(notifier.accepted.map((m) => m.id)).toEqual([
      '2026-11-24/alert/acme/1',
      '2026-11-25/alert/acme/1',
      HANDOVER,
    ]);
    expect(rerun).toHaveLength(1);
    expect(notifier.accepted.at(-1)!.mayRepeat).toBe(
      '2026-11-26T06:00:00.000Z',
    );
    expect(next).toEqual([]);
  });
});
