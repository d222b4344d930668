import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { group, notifier, run, useNotifyFixture } from './notify-fixture.ts';

useNotifyFixture();

/** `isp`'s FRA2 IX bundle at critical, owned by `owner`, with its links. */
const bundle = (isp: string, owner: string): Evaluation[] => {
  const g = { ...group(isp, 'critical', '2026-12-20'), owner };
  const links = ['a1', 'a2'].map((id) => ({
    ...g,
    level: 'link' as const,
    key: id,
    group: g.key,
  }));
  return [g, ...links];
};

describe('notify: a handover still owed when its bundle is renamed', () => {
  it('names the key its former owner was told, also on the run after the rename', async () => {
    // Prepare: emea-peering told of Acme/FRA2/ix; handed to noc, the
    // handover refused; renamed Acme Networks in links.csv, the handover
    // refused again
    await run('2026-11-24', bundle('Acme', 'emea-peering'));
    notifier.refuse.add('2026-11-25/handover/emea-peering-acme/1');
    await run('2026-11-25', bundle('Acme', 'noc'));
    notifier.refuse.add('2026-11-26/handover/emea-peering-acme-networks/1');
    await run('2026-11-26', bundle('Acme Networks', 'noc'));

    // Act
    const sent = await run('2026-11-27', bundle('Acme Networks', 'noc'));

    // Assess: before, the handover named only Acme Networks/FRA2/ix, a
    // key emea-peering never heard of
    expect(sent).toEqual([
      '2026-11-27/handover/emea-peering-acme-networks/1 | [Headroom] Acme Networks: 1 bundle handed over to noc',
    ]);
    expect(notifier.accepted.at(-1)!.body).toContain('told as Acme/FRA2/ix');
  });
});
