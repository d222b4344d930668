import { describe, expect, it } from 'vitest';
import {
  deps,
  owned,
  notifier as recording,
  run,
  useNotifyFixture,
} from './notify-fixture.ts';
import {
  ALERT,
  HANDOVER,
  perAddress,
  sns,
  toldToFormer,
  toNoc,
} from './notify-handover-sns-fixture.ts';
import { notifier, useMockedSns } from './notify-sns-fixture.ts';

useNotifyFixture();
useMockedSns();

describe('notify over SNS: a handover refused, then SNS working', () => {
  it('sends each address the alert once and the handover once', async () => {
    // Prepare: noc's alert accepted on 11-25, the handover refused
    const first = await toldToFormer();
    sns((input) => (input.Subject ?? '').includes('handed over'));
    await toNoc({ ...deps, notifier }, '2026-11-25');

    // Act
    sns(() => false);
    await toNoc({ ...deps, notifier }, '2026-11-26');
    await toNoc({ ...deps, notifier }, '2026-11-27');

    // Assess: before, noc's addresses received its alert again on 11-26
    expect(first).toBe(ALERT);
    expect(perAddress()).toEqual({
      'emea-peering critical+warning': [HANDOVER],
      'emea-peering all': [HANDOVER],
      'noc critical+warning': [ALERT],
      'noc all': [ALERT],
    });
  });
});

describe('notify: an alert whose handover was refused', () => {
  it('records every bundle it told, not only the one handed over', async () => {
    // Prepare: FRA2 told to emea-peering; on 11-25 FRA2 is noc's and
    // LHR1, new, too, in one alert; the handover refused
    const lhr1 = {
      ...owned('noc'),
      key: 'Acme/LHR1/ix',
      site: 'LHR1',
      severity: 'warning' as const,
      orderByDate: '2027-01-10',
    };
    await run('2026-11-24', [owned('emea-peering')]);
    recording.refuse.add('2026-11-25/handover/emea-peering-acme/1');
    const first = await run('2026-11-25', [owned('noc'), lhr1]);
    recording.refuse.clear();

    // Act
    const next = await run('2026-11-26', [owned('noc'), lhr1]);

    // Assess: before, the alert again, LHR1 in it as new
    expect(first).toEqual([
      '2026-11-25/alert/acme/1 | [Headroom] Acme: 1 critical, 1 warning — order by 2026-12-20',
    ]);
    expect(next).toEqual([
      '2026-11-26/handover/emea-peering-acme/1 | [Headroom] Acme: 1 bundle handed over to noc',
    ]);
  });
});
