import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { emailProse } from '../../helpers/email-prose.ts';
import {
  notifier,
  notifyByOwner,
  owned,
  run,
  useNotifyFixture,
} from './notify-fixture.ts';
import { cleared } from './notify-handover-fixture.ts';

useNotifyFixture();

describe('notify: a bundle handed over in the run its alert clears', () => {
  it('is resolved to the former owner, who was told, naming the new owner, and not to the new one', async () => {
    // Prepare: told to emea-peering; links.csv then names noc as it clears
    await run('2026-11-24', [owned('emea-peering')]);

    // Act
    const changed = await run('2026-11-25', [cleared('noc')]);
    const after = await run('2026-11-26', [cleared('noc')]);

    // Assess: before, the resolved went to noc, never alerted, and
    // emea-peering, who may have an order under way, heard nothing
    expect(changed).toEqual([
      '2026-11-25/resolved/acme/1 | [Headroom] Acme: resolved — 1 bundle no longer needs an order',
    ]);
    const resolved = notifier.accepted.at(-1)!;
    expect(resolved.attributes).toEqual({
      isp: 'Acme',
      region: 'EMEA',
      severity: 'resolved',
      owner: 'emea-peering',
    });
    expect(resolved.body).toBe(
      [
        'Headroom: alerts cleared for Acme, as of 2026-11-25',
        '',
        "1 bundle below now belongs to another owner (links.csv's owner, or the",
        "configuration's owners for the region): pass on anything under way",
        'with the ISP (an order, its reference).',
        '',
        '1 bundle no longer needs an order within the warning window:',
        '',
        '- FRA2 ix (Acme/FRA2/ix): now watch, next order-by date 2027-03-01. Handed',
        '  over from emea-peering to noc.',
        '',
        'Report for Acme:',
        '<https://headroom-reports.example.net/reports/2026-11-25/isp/acme.html>',
        '',
      ].join('\n'),
    );
    expect(after).toEqual([]);
  });

  it('is resolved under the former owner with notify.by owner', async () => {
    // Prepare
    notifyByOwner();
    await run('2026-11-24', [owned('emea-peering')]);

    // Act
    const changed = await run('2026-11-25', [cleared('noc')]);

    // Assess: before, '2026-11-25/resolved/noc/1 | [Headroom] noc: …'
    expect(changed).toEqual([
      '2026-11-25/resolved/emea-peering/1 | [Headroom] emea-peering: resolved — 1 bundle no longer needs an order',
    ]);
    expect(notifier.accepted.at(-1)!.attributes.owner).toBe('emea-peering');
  });

  it('names every owner told, and only them, beside a bundle that kept its owner', async () => {
    // Prepare: FRA2 told to emea-peering, LHR1 to emea-backbone
    const lhr1 = (owner: string, severity: Evaluation['severity']) => ({
      ...cleared(owner),
      key: 'Acme/LHR1/ix',
      site: 'LHR1',
      severity,
    });
    await run('2026-11-24', [
      owned('emea-peering'),
      lhr1('emea-backbone', 'warning'),
    ]);

    // Act: both clear; FRA2 is now noc's
    await run('2026-11-25', [cleared('noc'), lhr1('emea-backbone', 'ok')]);

    // Assess: before, ['emea-backbone', 'noc']: emea-peering's filter
    // policy never received the word on its bundle
    const resolved = notifier.accepted.at(-1)!;
    expect(resolved.attributes.owner).toEqual([
      'emea-backbone',
      'emea-peering',
    ]);
    expect(emailProse(resolved.body)).toContain(
      '- FRA2 ix (Acme/FRA2/ix): now watch, next order-by date 2027-03-01. Handed over from emea-peering to noc.\n' +
        '- LHR1 ix (Acme/LHR1/ix): now ok, next order-by date 2027-03-01.\n',
    );
  });

  it('is resolved to the former owner on the next run when the notifier refused it', async () => {
    // Prepare
    await run('2026-11-24', [owned('emea-peering')]);
    notifier.refuse.add('2026-11-25/resolved/acme/1');
    await run('2026-11-25', [cleared('noc')]);
    notifier.refuse.clear();

    // Act
    const retried = await run('2026-11-26', [cleared('noc')]);
    const after = await run('2026-11-27', [cleared('noc')]);

    // Assess: the state kept the alert, told to emea-peering
    expect(retried).toEqual([
      '2026-11-26/resolved/acme/1 | [Headroom] Acme: resolved — 1 bundle no longer needs an order',
    ]);
    expect(notifier.accepted.at(-1)!.attributes.owner).toBe('emea-peering');
    expect(emailProse(notifier.accepted.at(-1)!.body)).toContain(
      'Handed over from emea-peering to noc.',
    );
    expect(after).toEqual([]);
  });
});
