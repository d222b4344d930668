import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import type { AlertFilter } from '../../../infra/stage-config.ts';
import { deliveredTo } from '../../helpers/filter-policy-match.ts';
import { notifier, owned, run, useNotifyFixture } from './notify-fixture.ts';

useNotifyFixture();

/** Acme's LHR1 IX bundle at `severity`, `owner`'s. */
const lhr1 = (
  owner: string,
  severity: Evaluation['severity'] = 'warning',
): Evaluation => ({
  ...owned(owner),
  key: 'Acme/LHR1/ix',
  site: 'LHR1',
  severity,
  orderByDate: '2027-01-10',
});

/** The former owner's addresses, as a stage's `alertEmails` filter them. */
const FORMER: readonly AlertFilter[] = [
  { owner: ['emea-peering'], severity: ['critical', 'warning'] },
  { owner: ['emea-peering'], severity: ['critical'] },
  {
    owner: ['emea-peering'],
    severity: ['warning', 'critical', 'resolved', 'digest'],
  },
  { region: ['EMEA'], severity: ['warning', 'critical', 'resolved'] },
  { owner: ['emea-peering'] },
];

describe('notify: the handover reaches the subscriptions the alert did', () => {
  it.each(FORMER)('reaches %j, which received the alert', async (filter) => {
    // Prepare: FRA2 critical and LHR1 warning told to emea-peering, in
    // one alert at critical (its unit's worst)
    await run('2026-11-24', [owned('emea-peering'), lhr1('emea-peering')]);
    const alert = notifier.accepted.at(-1)!;

    // Act: links.csv names noc for both
    await run('2026-11-25', [owned('noc'), lhr1('noc')]);

    // Assess: before, severity `resolved` only: an address filtering on
    // critical and warning received the alert and never its handover
    const handover = notifier.accepted.at(-1)!;
    expect(handover.id).toBe('2026-11-25/handover/emea-peering-acme/1');
    expect(deliveredTo(filter, alert)).toBe(true);
    expect(deliveredTo(filter, handover)).toBe(true);
  });

  it('reaches an address told of the bundle only before it escalated', async () => {
    // Prepare: LHR1 told at warning, then escalated to critical
    const warningOnly: AlertFilter = {
      owner: ['emea-peering'],
      severity: ['warning'],
    };
    await run('2026-11-24', [lhr1('emea-peering')]);
    const first = notifier.accepted.at(-1)!;
    await run('2026-11-25', [lhr1('emea-peering', 'critical')]);
    const escalation = notifier.accepted.at(-1)!;

    // Act
    await run('2026-11-26', [lhr1('noc', 'critical')]);

    // Assess: before, the escalation's `critical` alone or `resolved`
    const handover = notifier.accepted.at(-1)!;
    expect(handover.id).toBe('2026-11-26/handover/emea-peering-acme/1');
    expect(escalation.subject).toContain('1 critical');
    expect(deliveredTo(warningOnly, first)).toBe(true);
    expect(deliveredTo(warningOnly, escalation)).toBe(false);
    expect(deliveredTo(warningOnly, handover)).toBe(true);
  });

  it('reaches neither a digest-only address nor the new owner', async () => {
    // Prepare
    await run('2026-11-24', [owned('emea-peering')]);

    // Act
    await run('2026-11-25', [owned('noc')]);

    // Assess: the new owner has its alert ("owner changed: was …")
    const handover = notifier.accepted.at(-1)!;
    expect(handover.id).toBe('2026-11-25/handover/emea-peering-acme/1');
    const digestOnly = { owner: ['emea-peering'], severity: ['digest'] };
    expect(deliveredTo(digestOnly as AlertFilter, handover)).toBe(false);
    expect(deliveredTo({ owner: ['noc'] }, handover)).toBe(false);
  });
});
