import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import {
  notifier,
  notifyByOwner,
  owned,
  run,
  useNotifyFixture,
} from './notify-fixture.ts';
import { last } from './notify-owner-changed-fixture.ts';

useNotifyFixture();

describe('notify: an alerted bundle whose owner changed', () => {
  it('is alerted to its new owner on the next run, once', async () => {
    // Prepare: told to emea-peering; links.csv then names emea-backbone
    notifyByOwner();
    await run('2026-11-24', [owned('emea-peering')]);

    // Act
    const changed = await run('2026-11-25', [owned('emea-backbone')]);
    const told = last();
    const after = await run('2026-11-26', [owned('emea-backbone')]);

    // Assess: before, nothing until the weekly reminder on 12-01
    expect(changed).toEqual([
      '2026-11-25/alert-owner/emea-backbone/1 | [Headroom] emea-backbone (Acme): 1 critical — order by 2026-12-20',
      '2026-11-25/handover/emea-peering-emea-backbone/1 | [Headroom] emea-peering (Acme): 1 bundle handed over to emea-backbone',
    ]);
    expect(told.owner).toBe('emea-backbone');
    expect(told.body).toContain('CRITICAL (owner changed: was emea-peering)');
    expect(after).toEqual([]);
  });

  it('says so beside another reason to send', async () => {
    // Prepare: told at warning; critical now, with another owner
    notifyByOwner();
    await run('2026-11-24', [
      { ...owned('emea-peering'), severity: 'warning' },
    ]);

    // Act
    await run('2026-11-25', [owned('emea-backbone')]);

    // Assess
    expect(last().body).toContain(
      'CRITICAL (owner changed: was emea-peering; escalated from warning)',
    );
  });

  it('is alerted to its new owner when renamed in links.csv with it', async () => {
    // Prepare: the bundle and its link, then under Acme Networks' name
    notifyByOwner();
    const bundle = (g: Evaluation): Evaluation[] => [
      g,
      { ...g, level: 'link', key: 'a1', group: g.key },
    ];
    await run('2026-11-24', bundle(owned('emea-peering')));
    const renamed = {
      ...owned('emea-backbone'),
      isp: 'Acme Networks',
      key: 'Acme Networks/FRA2/ix',
    };

    // Act
    const changed = await run('2026-11-25', bundle(renamed));

    // Assess: before, the followed entry took the new owner, silently
    expect(changed).toEqual([
      '2026-11-25/alert-owner/emea-backbone/1 | [Headroom] emea-backbone (Acme Networks): 1 critical — order by 2026-12-20',
      '2026-11-25/handover/emea-peering-emea-backbone/1 | [Headroom] emea-peering (Acme Networks): 1 bundle handed over to emea-backbone',
    ]);
    expect(last().body).toContain('CRITICAL (owner changed: was emea-peering)');
  });

  it('is alerted again on the run after the notifier refused it', async () => {
    // Prepare
    notifyByOwner();
    await run('2026-11-24', [owned('emea-peering')]);
    notifier.refuse.add('Acme');
    await run('2026-11-25', [owned('emea-backbone')]);
    notifier.refuse.clear();

    // Act
    const retried = await run('2026-11-26', [owned('emea-backbone')]);

    // Assess: the state recorded the new owner only once it was accepted
    expect(retried).toEqual([
      '2026-11-26/alert-owner/emea-backbone/1 | [Headroom] emea-backbone (Acme): 1 critical — order by 2026-12-20',
      '2026-11-26/handover/emea-peering-emea-backbone/1 | [Headroom] emea-peering (Acme): 1 bundle handed over to emea-backbone',
    ]);
    expect(last().body).toContain('CRITICAL (owner changed: was emea-peering)');
  });

  it('sends nothing while its owner is unchanged', async () => {
    // Prepare
    notifyByOwner();
    await run('2026-11-24', [owned('emea-peering')]);

    // Act
    const next = await run('2026-11-25', [owned('emea-peering')]);

    // Assess
    expect(next).toEqual([]);
  });
});
