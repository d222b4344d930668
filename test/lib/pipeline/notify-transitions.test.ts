import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { group, notifier, run, useNotifyFixture } from './notify-fixture.ts';

useNotifyFixture();

describe('notify: state transitions', () => {
  it('sends exactly the messages each state transition calls for', async () => {
    // Prepare: 2026-11-03 is a Tuesday; digests go out on Mondays.
    const runs: [string, Evaluation][] = [
      ['2026-11-03', group('Acme', 'warning', '2026-11-30')],
      ['2026-11-04', group('Acme', 'warning', '2026-11-30')],
      ['2026-11-05', group('Acme', 'critical', '2026-11-05')],
      ['2026-11-06', group('Acme', 'critical', '2026-10-26')],
      ['2026-11-07', group('Acme', 'critical', '2026-10-21')],
      ['2026-11-13', group('Acme', 'critical', '2026-10-21')],
      ['2026-11-14', group('Acme', 'watch', '2027-03-01')],
      ['2026-11-14', group('Acme', 'watch', '2027-03-01')],
    ];

    // Act
    const sent: string[][] = [];
    for (const [asOf, evaluation] of runs)
      sent.push(await run(asOf, [evaluation]));

    // Assess
    expect(sent).toEqual([
      [
        '2026-11-03/alert/acme/1 | [Headroom] Acme: 1 warning — order by 2026-11-30',
      ],
      [],
      [
        '2026-11-05/alert/acme/1 | [Headroom] Acme: 1 critical — order by 2026-11-05',
      ],
      // Told on 11-05 to order by that day, start now: an earlier date
      // waits for the reminder (notify-overdue-earlier.test.ts)
      [],
      [],
      [
        '2026-11-13/alert/acme/1 | [Headroom] OVERDUE Acme: 1 critical — was due 23 d ago',
        '2026-11-13/digest/emea-peering/1 | [Headroom] weekly digest emea-peering: 1 critical',
      ],
      [
        '2026-11-14/resolved/acme/1 | [Headroom] Acme: resolved — 1 bundle no longer needs an order',
      ],
      [],
    ]);
    const bodies = notifier.accepted.map((m) => m.body);
    expect(bodies[0]).toContain('WARNING (new)');
    expect(bodies[1]).toContain('CRITICAL (escalated from warning)');
    expect(bodies[2]).toContain('(reminder: last sent 8 days ago, still open)');
  });

  it('sends an earlier order-by after an upward step on the next run', async () => {
    // Prepare: the second run is one day later, order-by 3 days earlier
    // (below earlierByDays), once without and once with a followed step.
    const stepped = {
      ...group('Acme', 'warning', '2026-11-27'),
      step: {
        date: '2026-11-10',
        days: 7,
        changePct: 70.4,
        direction: 'up' as const,
        followed: true,
      },
    };

    // Act
    await run('2026-11-03', [group('Acme', 'warning', '2026-11-30')]);
    const quiet = await run('2026-11-04', [
      group('Acme', 'warning', '2026-11-27'),
    ]);
    const sent = await run('2026-11-05', [stepped]);
    const next = await run('2026-11-06', [
      {
        ...stepped,
        orderByDate: '2026-11-26',
        step: { ...stepped.step, days: 8 },
      },
    ]);

    // Assess: once, not again the next day while the step is followed
    expect(quiet).toEqual([]);
    expect(sent).toHaveLength(1);
    expect(next).toEqual([]);
    expect(notifier.accepted.at(-1)!.body).toContain(
      'traffic stepped +70% on 2026-11-10: order-by 3 days earlier than notified, was 2026-11-30',
    );
  });

  it('escalates again after a silent downgrade from critical to warning', async () => {
    // Prepare
    await run('2026-11-26', [group('Acme', 'critical', '2026-11-26')]);

    // Act
    const down = await run('2026-11-27', [
      group('Acme', 'warning', '2026-12-20'),
    ]);
    const up = await run('2026-11-28', [
      group('Acme', 'critical', '2026-11-28'),
    ]);

    // Assess: the fall was not emailed, so the escalation says so
    // (it read 'escalated from warning' after no email had said warning)
    expect([down.length, up.length]).toEqual([0, 1]);
    expect(notifier.accepted[1]!.body).toContain(
      'CRITICAL (escalated from warning, where it fell on 2026-11-27 without an email)',
    );
  });

  it('sends a same-day escalation but not a same-day replay', async () => {
    // Prepare
    const asOf = '2026-11-03';
    const first = await run(asOf, [group('Acme', 'warning', '2026-11-30')]);

    // Act
    const replay = await run(asOf, [group('Acme', 'warning', '2026-11-30')]);
    const escalated = await run(asOf, [
      group('Acme', 'critical', '2026-11-03'),
    ]);

    // Assess
    expect(first).toHaveLength(1);
    expect(replay).toEqual([]);
    expect(escalated).toEqual([
      '2026-11-03/alert/acme/1 | [Headroom] Acme: 1 critical — order by 2026-11-03',
    ]);
  });
});
