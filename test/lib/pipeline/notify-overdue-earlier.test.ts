import { describe, expect, it } from 'vitest';
import { group, notifier, run, useNotifyFixture } from './notify-fixture.ts';

useNotifyFixture();

describe('notify: an earlier order-by date of a bundle already overdue when told', () => {
  it('waits for the weekly reminder, where each swing earlier sent an alert', async () => {
    // Prepare: Rheinwelle's FRA1 bundle in a month of daily runs, told
    // on 10-06 it was due 09-14; its order-by date then swings by weeks
    const days: [string, string][] = [
      ['2026-10-06', '2026-09-14'],
      ['2026-10-07', '2026-09-07'],
      ['2026-10-08', '2026-08-31'],
      ['2026-10-09', '2026-09-07'],
      ['2026-10-10', '2026-08-24'],
      ['2026-10-13', '2026-08-31'],
    ];

    // Act
    const sent: Record<string, string[]> = {};
    for (const [asOf, orderBy] of days) {
      const mine = await run(asOf, [group('Acme', 'critical', orderBy)]);
      const alerts = mine.filter((m) => !m.includes('/digest/'));
      if (alerts.length > 0) sent[asOf] = alerts;
    }

    // Assess: before, also 10-08 ('order-by 14 days earlier than notified,
    // was 2026-09-14'), then the reminder a week after that, not 10-13
    expect(sent).toEqual({
      '2026-10-06': [
        '2026-10-06/alert/acme/1 | [Headroom] OVERDUE Acme: 1 critical — was due 22 d ago',
      ],
      '2026-10-13': [
        '2026-10-13/alert/acme/1 | [Headroom] OVERDUE Acme: 1 critical — was due 43 d ago',
      ],
    });
    const reminder = notifier.accepted.find(
      (m) => m.id === '2026-10-13/alert/acme/1',
    );
    expect(reminder?.body).toContain(
      'CRITICAL (reminder: last sent 7 days ago, still open)',
    );
  });

  it('waits too for a bundle told to order by that very day (critical, "start now")', async () => {
    // Prepare / Act: told to order by today, overdue by 10 days the next
    await run('2026-11-05', [group('Acme', 'critical', '2026-11-05')]);
    const sent = await run('2026-11-06', [
      group('Acme', 'critical', '2026-10-26'),
    ]);

    // Assess: before, 'OVERDUE Acme … order-by 10 days earlier than
    // notified', its Since line (the changes list takes a date today or
    // past before and after in silently) 'no change'
    expect(sent).toEqual([]);
  });

  it('still sends an earlier order-by date of a bundle not yet due when told', async () => {
    // Prepare / Act: told to order within two weeks, 10 days sooner the next
    await run('2026-11-05', [group('Acme', 'warning', '2026-11-20')]);
    const sent = await run('2026-11-06', [
      group('Acme', 'warning', '2026-11-10'),
    ]);

    // Assess
    expect(sent).toEqual([
      '2026-11-06/alert/acme/1 | [Headroom] Acme: 1 warning — order by 2026-11-10',
    ]);
    expect(notifier.accepted.at(-1)?.body).toContain(
      'WARNING (order-by 10 days earlier than notified, was 2026-11-20)',
    );
  });
});
