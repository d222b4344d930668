import { describe, expect, it } from 'vitest';
import { emailProse } from '../../helpers/email-prose.ts';
import {
  notifier,
  notifyByOwner,
  owned,
  run,
  useNotifyFixture,
} from './notify-fixture.ts';
import { cleared, handoverRefused } from './notify-handover-fixture.ts';

useNotifyFixture();

describe('notify: a bundle whose alert went to its new owner, its handover refused', () => {
  it('is resolved to both owners when it clears: the new one had the alert', async () => {
    // Prepare: told to emea-peering; noc's alert accepted, the handover
    // to emea-peering refused
    await handoverRefused();

    // Act: it clears on the next run
    const changed = await run('2026-11-26', [cleared('noc')]);
    const after = await run('2026-11-27', [cleared('noc')]);

    // Assess: before, owner emea-peering alone: noc, who had the
    // alert, heard nothing more of it
    expect(changed).toEqual([
      '2026-11-26/resolved/acme/1 | [Headroom] Acme: resolved — 1 bundle no longer needs an order',
    ]);
    const resolved = notifier.accepted.at(-1)!;
    expect(resolved.attributes.owner).toEqual(['emea-peering', 'noc']);
    expect(emailProse(resolved.body)).toContain(
      '- FRA2 ix (Acme/FRA2/ix): now watch, next order-by date 2027-03-01. Handed over from emea-peering to noc.\n',
    );
    expect(after).toEqual([]);
  });

  it('is resolved under the former owner, reaching the new one, with notify.by owner', async () => {
    // Prepare
    notifyByOwner();
    await run('2026-11-24', [owned('emea-peering')]);
    notifier.refuse.add('2026-11-25/handover/emea-peering-noc/1');
    await run('2026-11-25', [owned('noc')]);
    notifier.refuse.clear();

    // Act
    const changed = await run('2026-11-26', [cleared('noc')]);

    // Assess
    expect(changed).toEqual([
      '2026-11-26/resolved/emea-peering/1 | [Headroom] emea-peering: resolved — 1 bundle no longer needs an order',
    ]);
    expect(notifier.accepted.at(-1)!.attributes.owner).toEqual([
      'emea-peering',
      'noc',
    ]);
  });

  it('is handed over again while at risk, not alerted again, then resolved to the new owner alone', async () => {
    // Prepare
    await handoverRefused();

    // Act
    const retried = await run('2026-11-26', [owned('noc')]);
    const cleared27 = await run('2026-11-27', [cleared('noc')]);

    // Assess: before, noc's alert went again with the handover; once
    // the handover went out, the state names noc alone
    expect(retried).toEqual([
      '2026-11-26/handover/emea-peering-acme/1 | [Headroom] Acme: 1 bundle handed over to noc',
    ]);
    expect(cleared27).toHaveLength(1);
    expect(notifier.accepted.at(-1)!.attributes.owner).toBe('noc');
  });
});
