import { describe, expect, it } from 'vitest';
import { notify } from '#lib/pipeline/notify';
import type { Notifier } from '#lib/ports/notifier';
import {
  deps,
  group,
  notifier,
  run,
  useNotifyFixture,
} from './notify-fixture.ts';

useNotifyFixture();

describe('notify: redelivery', () => {
  it('retries a refused ISP next run and sends no duplicate for the others', async () => {
    // Prepare
    const evaluations = [
      group('Acme', 'warning', '2026-12-01'),
      group('Beta', 'critical', '2026-11-20'),
    ];
    notifier.refuse.add('Beta');

    // Act
    const first = await notify(deps, { asOf: '2026-11-26', evaluations });
    notifier.refuse.clear();
    const next = await run('2026-11-27', evaluations);

    // Assess
    expect([first.sent, first.failed, first.failures]).toEqual([
      1,
      1,
      [{ id: '2026-11-26/alert/beta/1', error: 'throttled' }],
    ]);
    expect(next).toEqual([
      '2026-11-27/alert/beta/1 | [Headroom] OVERDUE Beta: 1 critical — was due 7 d ago',
    ]);
  });

  it('replays the same as-of date without sending an accepted message twice', async () => {
    // Prepare
    const evaluations = [
      group('Acme', 'warning', '2026-12-01'),
      group('Beta', 'critical', '2026-11-20'),
    ];
    notifier.refuse.add('Beta');
    await notify(deps, { asOf: '2026-11-26', evaluations });
    notifier.refuse.clear();

    // Act
    const replay = await run('2026-11-26', evaluations);
    const again = await run('2026-11-26', evaluations);

    // Assess
    expect([replay, again]).toEqual([
      [
        '2026-11-26/alert/beta/1 | [Headroom] OVERDUE Beta: 1 critical — was due 6 d ago',
      ],
      [],
    ]);
  });

  it('saves the state after each accepted message, so a kill re-sends none', async () => {
    // Prepare: the notifier dies (the run is killed) on the second message.
    const evaluations = ['Acme', 'Beta', 'Gamma'].map((isp) =>
      group(isp, 'critical', '2026-11-20'),
    );
    const dying: Notifier = {
      publish: async (messages) => {
        if (notifier.accepted.length === 1) throw new Error('killed');
        return notifier.publish(messages);
      },
    };

    // Act
    const killed = notify(
      { ...deps, notifier: dying },
      {
        asOf: '2026-11-26',
        evaluations,
      },
    );
    await expect(killed).rejects.toThrow('killed');
    const next = await run('2026-11-26', evaluations);

    // Assess
    const ids = notifier.accepted.map((m) => m.id);
    expect(ids).toEqual([
      '2026-11-26/alert/acme/1',
      '2026-11-26/alert/beta/1',
      '2026-11-26/alert/gamma/1',
    ]);
    expect(next).toHaveLength(2);
  });

  it('sends only the refused part of a split message on a replay', async () => {
    // Prepare: 500 bundles make a body over 256 KB, so two parts.
    const evaluations = Array.from({ length: 500 }, (_, i) => ({
      ...group('Acme', 'warning', '2026-12-01'),
      key: `Acme/S${i}/ix`,
      site: `S${i}`,
    }));
    notifier.refuse.add('2026-11-26/alert/acme/2');

    // Act
    const first = await run('2026-11-26', evaluations);
    notifier.refuse.clear();
    const replay = await run('2026-11-26', evaluations);
    const nextDay = await run('2026-11-27', evaluations);

    // Assess: part 1's bundles were recorded once it was accepted, so the
    // replay tells only part 2's (before, part 2 as it was, and part 1's
    // bundles again on the next day's run: notify-alert-parts.test.ts)
    expect([first, replay, nextDay]).toEqual([
      [
        '2026-11-26/alert/acme/1 | [Headroom] Acme: 500 warning — order by 2026-12-01 (part 1/2)',
      ],
      [
        '2026-11-26/alert/acme/1 | [Headroom] Acme: 185 warning — order by 2026-12-01',
      ],
      [],
    ]);
  });
});
