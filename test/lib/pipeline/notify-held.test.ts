import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { useNotifyFixture } from './notify-fixture.ts';
import { days, savedAcme } from './notify-held-fixture.ts';

useNotifyFixture();

describe('notify: emails follow the severity the changes list holds', () => {
  it('sends one alert for a bundle flickering between critical and warning', async () => {
    // Prepare: the month's Baltyk WAW1 bundle, order-by around today,
    // its raw severity changing each day.
    const runs: [string, Evaluation['severity'], string][] = [
      ['2026-11-17', 'critical', '2026-11-16'],
      ['2026-11-18', 'warning', '2026-11-20'],
      ['2026-11-19', 'critical', '2026-11-19'],
      ['2026-11-20', 'warning', '2026-11-22'],
      ['2026-11-21', 'critical', '2026-11-21'],
    ];

    // Act
    const sent = await days(runs);

    // Assess: before, 11-19 and 11-21 each sent 'escalated from warning'
    expect(sent).toEqual({
      '2026-11-17': [
        '2026-11-17/alert/acme/1 | [Headroom] OVERDUE Acme: 1 critical — was due 1 d ago',
      ],
    });
  });

  it('neither resolves nor re-alerts a warning bundle at watch for one run', async () => {
    // Prepare / Act: order-by 35 days ahead is watch, within 14 days of
    // the warning window.
    const sent = await days([
      ['2026-11-17', 'warning', '2026-12-10'],
      ['2026-11-18', 'watch', '2026-12-23'],
      ['2026-11-19', 'warning', '2026-12-12'],
    ]);

    // Assess: before, 'resolved' on 11-18 and 'new' again on 11-19
    expect(sent).toEqual({
      '2026-11-17': [
        '2026-11-17/alert/acme/1 | [Headroom] Acme: 1 warning — order by 2026-12-10',
      ],
    });
  });

  it('resolves once every run for a week saw the bundle below warning', async () => {
    // Prepare / Act: daily runs, eight of them at watch
    const sent = await days([
      ['2026-11-17', 'warning', '2026-12-10'],
      ...['18', '19', '20', '21', '22', '23', '24', '25'].map(
        (d, i): [string, Evaluation['severity'], string] => [
          `2026-11-${d}`,
          'watch',
          `2026-12-${23 + i}`,
        ],
      ),
    ]);

    // Assess: before, resolved on the second run at watch
    expect(Object.keys(sent)).toEqual(['2026-11-17', '2026-11-25']);
    expect(sent['2026-11-25']).toEqual([
      '2026-11-25/resolved/acme/1 | [Headroom] Acme: resolved — 1 bundle no longer needs an order',
    ]);
  });

  it('sends nothing for a bundle ok for a few days, without an augment, between critical runs', async () => {
    // Prepare / Act: a flat bundle near its threshold, whose order-by date
    // swings by months from one run to the next
    const sent = await days([
      ['2026-11-17', 'critical', '2026-11-16'],
      ['2026-11-18', 'ok'],
      ['2026-11-19', 'watch', '2027-02-22'],
      ['2026-11-20', 'critical', '2026-11-20'],
    ]);

    // Assess: before, resolved on 11-18 and alerted again on 11-20
    expect(Object.keys(sent)).toEqual(['2026-11-17']);
  });

  it('keeps a bundle alerted at critical at critical through one run at warning', async () => {
    // Prepare / Act: seven days after the alert, this run says warning
    const sent = await days([
      ['2026-11-10', 'critical', '2026-11-10'],
      ['2026-11-17', 'critical', '2026-11-17'],
      ['2026-11-18', 'warning', '2026-11-25'],
    ]);

    // Assess: the reminder on 11-17, nothing on 11-18; the state holds
    // critical, so a rise back is no escalation
    expect(Object.keys(sent)).toEqual(['2026-11-10', '2026-11-17']);
    expect(await savedAcme()).toEqual([2, 'critical']);
  });
});
