import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { owned, run, useNotifyFixture } from './notify-fixture.ts';
import { last } from './notify-owner-changed-fixture.ts';

useNotifyFixture();

describe('notify: an alerted bundle whose owner changed', () => {
  it('is alerted with one message per ISP too, whose owner attribute routes it', async () => {
    // Prepare: notify.by isp (the default); a subscription filters by owner
    await run('2026-11-24', [owned('emea-peering')]);

    // Act
    const changed = await run('2026-11-25', [owned('emea-backbone')]);
    const told = last();
    const after = await run('2026-11-26', [owned('emea-backbone')]);

    // Assess
    expect(changed).toEqual([
      '2026-11-25/alert/acme/1 | [Headroom] Acme: 1 critical — order by 2026-12-20',
      '2026-11-25/handover/emea-peering-acme/1 | [Headroom] Acme: 1 bundle handed over to emea-backbone',
    ]);
    expect(told.owner).toBe('emea-backbone');
    expect(told.body).toContain('CRITICAL (owner changed: was emea-peering)');
    expect(after).toEqual([]);
  });

  it("routes the ISP's message to both owners when one of its bundles changed hands", async () => {
    // Prepare: notify.by isp; Acme's two bundles told to emea-peering
    const lhr1 = (owner: string): Evaluation => ({
      ...owned(owner),
      key: 'Acme/LHR1/ix',
      site: 'LHR1',
    });
    await run('2026-11-24', [owned('emea-peering'), lhr1('emea-peering')]);

    // Act: links.csv gives LHR1 to noc
    const changed = await run('2026-11-25', [
      owned('emea-peering'),
      lhr1('noc'),
    ]);

    // Assess: before, the owner attribute read 'multiple', so noc's
    // filter policy (owner: ['noc']) never received its own bundle
    expect(changed).toEqual([
      '2026-11-25/alert/acme/1 | [Headroom] Acme: 2 critical — order by 2026-12-20',
      '2026-11-25/handover/emea-peering-acme/1 | [Headroom] Acme: 1 bundle handed over to noc',
    ]);
    expect(last().owner).toEqual(['emea-peering', 'noc']);
    expect(last().body).toContain('Region EMEA, owners emea-peering, noc.');
    expect(last().body).toContain('CRITICAL (owner changed: was emea-peering)');
  });
});
