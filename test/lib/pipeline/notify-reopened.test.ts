import { describe, expect, it } from 'vitest';
import {
  deps,
  group,
  notifier,
  run,
  useNotifyFixture,
} from './notify-fixture.ts';

useNotifyFixture();

/** Publishes the `changes.json` a run's report stage writes for `asOf`. */
async function publishChanges(asOf: string, previousAsOf: string) {
  const change = {
    key: 'Acme/FRA2/ix',
    isp: 'Acme',
    kinds: ['re-opened'],
    severity: { from: 'watch', to: 'critical' },
    orderBy: { from: '2027-03-01', to: '2026-11-14' },
    ask: { toPorts: 1, toBps: 100e9 },
    growth: { to: 20 },
    text: 're-opened at critical (resolved earlier); order-by 107 days earlier (2027-03-01 → 2026-11-14)',
  };
  const report = { asOf, previousAsOf, changes: [change], state: [] };
  await deps.reports.put(
    `reports/${asOf}/changes.json`,
    new TextEncoder().encode(JSON.stringify(report)),
  );
}

/** The body of the run's alert to Acme (a Monday's digest goes out too). */
const alertBody = (asOf: string) =>
  notifier.accepted.find((m) => m.id === `${asOf}/alert/acme/1`)!.body;

describe('notify: a bundle alerted again after its "resolved" message', () => {
  it('says it re-opened, as its Since line does, not that it is new', async () => {
    // Prepare: alerted, then resolved, then back at critical five days
    // later (the month's Falcon Gulf DXB1 cache bundle: "CRITICAL (new)"
    // above "Since 2026-11-15: re-opened at critical (resolved earlier)")
    await run('2026-11-10', [group('Acme', 'critical', '2026-10-31')]);
    await run('2026-11-11', [group('Acme', 'watch', '2027-02-27')]);
    await publishChanges('2026-11-16', '2026-11-15');

    // Act
    const sent = await run('2026-11-16', [
      group('Acme', 'critical', '2026-11-14'),
    ]);

    // Assess
    expect(sent.filter((m) => m.includes('/alert/'))).toEqual([
      '2026-11-16/alert/acme/1 | [Headroom] OVERDUE Acme: 1 critical — was due 2 d ago',
    ]);
    const body = alertBody('2026-11-16');
    expect(body).toContain('FRA2 ix — CRITICAL (re-opened, resolved earlier)');
    expect(body).toContain(
      'Since 2026-11-15: re-opened at critical (resolved earlier)',
    );
    expect(body).not.toContain('(new)');
  });

  it('still calls a bundle never alerted before new', async () => {
    // Prepare / Act
    await run('2026-11-16', [group('Acme', 'warning', '2026-12-01')]);
    // Assess
    expect(alertBody('2026-11-16')).toContain('WARNING (new)');
  });
});
