import { describe, expect, it } from 'vitest';
import { emailProse } from '../../helpers/email-prose.ts';
import { notifier, run, useNotifyFixture } from './notify-fixture.ts';
import { bundle } from './notify-handover-fixture.ts';

useNotifyFixture();

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
    expect(emailProse(notifier.accepted.at(-1)!.body)).toContain(
      'told as Acme/FRA2/ix',
    );
  });
});

describe('notify: the former owner of a bundle handed over', () => {
  it('is told of a bundle renamed in links.csv by the name it was told too', async () => {
    // Prepare: Acme's bundle, links a1 and a2, told to emea-peering; the
    // ISP then renamed Acme Networks, its default key with it
    await run('2026-11-24', bundle('Acme', 'emea-peering'));

    // Act
    await run('2026-11-25', bundle('Acme Networks', 'noc'));

    // Assess: before, the new key alone, which emea-peering never saw
    expect(emailProse(notifier.accepted.at(-1)!.body)).toContain(
      "- FRA2 ix (Acme Networks/FRA2/ix, told as Acme/FRA2/ix): now noc's, critical, order by 2026-12-20; last told to you critical on 2026-11-24.\n",
    );
  });
});
