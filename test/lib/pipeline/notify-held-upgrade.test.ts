import { describe, expect, it } from 'vitest';
import type { Message } from '#lib/domain/message';
import { notify } from '#lib/pipeline/notify';
import {
  deps,
  group,
  notifier,
  run,
  useNotifyFixture,
} from './notify-fixture.ts';
import {
  daily,
  publishChanges,
  savedAcme,
  writeOldState,
} from './notify-held-fixture.ts';

useNotifyFixture();

describe('notify: a state file written before emails followed the held severity', () => {
  it('takes the held critical without an email when the run is critical again', async () => {
    // Prepare: alerted at critical; the next run at warning, which the
    // earlier code recorded (the changes list held critical).
    await daily('2026-11-17', 'critical', '2026-11-16');
    await publishChanges('2026-11-18', [
      group('Acme', 'warning', '2026-11-20'),
    ]);
    await writeOldState('warning');

    // Act
    const sent = await daily('2026-11-19', 'critical', '2026-11-19');

    // Assess: before, 'escalated from warning'
    expect(sent).toEqual([]);
    expect(await savedAcme()).toEqual([2, 'critical']);
  });

  it('still escalates a bundle the changes list held at warning', async () => {
    // Prepare
    await daily('2026-11-17', 'warning', '2026-12-01');
    await writeOldState('warning');

    // Act
    const sent = await daily('2026-11-18', 'critical', '2026-11-18');

    // Assess
    expect(sent).toEqual([
      '2026-11-18/alert/acme/1 | [Headroom] Acme: 1 critical — order by 2026-11-18',
    ]);
  });
});

describe('notify: held severities across a run killed between messages', () => {
  it('sends each message once, and the upgraded state holds', async () => {
    // Prepare: Acme alerted at critical, then a run at warning recorded
    // by the earlier code; on 11-19 Acme is critical again, Beta and
    // Gamma are new, and the run is killed sending Gamma, after Beta
    await daily('2026-11-17', 'critical', '2026-11-16');
    await publishChanges('2026-11-18', [
      group('Acme', 'warning', '2026-11-20'),
    ]);
    await writeOldState('warning');
    const asOf = '2026-11-19';
    const evaluations = ['Acme', 'Beta', 'Gamma'].map((isp) =>
      group(isp, 'critical', asOf),
    );
    await publishChanges(asOf, evaluations);
    const killed = {
      publish: async (messages: readonly Message[]) => {
        if (messages[0]!.attributes.isp === 'Gamma') throw new Error('killed');
        return notifier.publish(messages);
      },
    };
    await expect(
      notify({ ...deps, notifier: killed }, { asOf, evaluations }),
    ).rejects.toThrow('killed');

    // Act
    const rerun = await run(asOf, evaluations);
    const after = [
      group('Acme', 'warning', '2026-11-22'),
      ...evaluations.slice(1),
    ];
    await publishChanges('2026-11-20', after);
    const next = await run('2026-11-20', after);

    // Assess: Acme never again, not even at warning on 11-20; Beta once;
    // Gamma on the rerun
    expect(notifier.accepted.map((m) => m.id)).toEqual([
      '2026-11-17/alert/acme/1',
      '2026-11-19/alert/beta/1',
      '2026-11-19/alert/gamma/1',
    ]);
    expect([rerun.length, next]).toEqual([1, []]);
    expect(await savedAcme()).toEqual([2, 'critical']);
  });
});
