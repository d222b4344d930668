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
import { HANDOVER } from './notify-handover-fixture.ts';

useNotifyFixture();

describe('notify: the former owner of a bundle handed over', () => {
  it('is told once which bundles are now whose, routed to them alone', async () => {
    // Prepare: told to emea-peering; links.csv then names noc
    await run('2026-11-24', [owned('emea-peering')]);

    // Act
    const changed = await run('2026-11-25', [owned('noc')]);
    const after = await run('2026-11-26', [owned('noc')]);

    // Assess: before, emea-peering heard nothing more, as if resolved
    expect(changed).toEqual([
      '2026-11-25/alert/acme/1 | [Headroom] Acme: 1 critical — order by 2026-12-20',
      `${HANDOVER} | [Headroom] Acme: 1 bundle handed over to noc`,
    ]);
    const [alert, handover] = notifier.accepted.slice(1);
    expect(alert!.attributes.owner).toBe('noc');
    // Every alert level and resolved: the subscriptions the alert reached
    // (notify-handover-filters.test.ts), where `resolved` alone did not
    expect(handover!.attributes).toEqual({
      isp: 'Acme',
      region: 'EMEA',
      severity: ['critical', 'resolved', 'warning'],
      owner: 'emea-peering',
    });
    expect(handover!.body).toBe(
      [
        'Headroom: alerted bundles handed over by emea-peering, as of 2026-11-25',
        '',
        '1 bundle you were alerted about now belongs to noc',
        "(links.csv's owner, or the configuration's owners for the region).",
        'Headroom alerts the new owner from now on, and no longer you: pass on',
        'anything under way with the ISP (an order, its reference).',
        '',
        "- FRA2 ix (Acme/FRA2/ix): now noc's, critical, order by 2026-12-20; last told",
        '  to you critical on 2026-11-24.',
        '',
        'Report for Acme:',
        '<https://headroom-reports.example.net/reports/2026-11-25/isp/acme.html>',
        '',
      ].join('\n'),
    );
    expect(after).toEqual([]);
  });

  it('is told with notify.by owner too, under its own name', async () => {
    // Prepare
    notifyByOwner();
    await run('2026-11-24', [owned('emea-peering')]);

    // Act
    const changed = await run('2026-11-25', [owned('noc')]);

    // Assess
    expect(changed).toEqual([
      '2026-11-25/alert-owner/noc/1 | [Headroom] noc (Acme): 1 critical — order by 2026-12-20',
      '2026-11-25/handover/emea-peering-noc/1 | [Headroom] emea-peering (Acme): 1 bundle handed over to noc',
    ]);
    expect(notifier.accepted.at(-1)!.attributes.owner).toBe('emea-peering');
  });

  it('is told where the order stands, as the digest marks it', async () => {
    // Prepare: Acme's bundle over critical now (needed now, its order-by
    // date one lead time ago) and its LHR1 bundle overdue
    const needed = (owner: string): Evaluation => ({
      ...owned(owner),
      utilization: 0.9,
      orderByDate: '2026-09-27',
    });
    const overdue = (owner: string): Evaluation => ({
      ...owned(owner),
      key: 'Acme/LHR1/ix',
      site: 'LHR1',
      orderByDate: '2026-11-15',
    });
    await run('2026-11-24', [needed('emea-peering'), overdue('emea-peering')]);

    // Act
    await run('2026-11-25', [needed('noc'), overdue('noc')]);

    // Assess: before, bare dates gone by, 'order by 2026-09-27'
    const body = emailProse(notifier.accepted.at(-1)!.body);
    expect(body).toContain(
      "- FRA2 ix (Acme/FRA2/ix): now noc's, critical, order by 2026-09-27 (needed now); last told",
    );
    expect(body).toContain(
      "- LHR1 ix (Acme/LHR1/ix): now noc's, critical, order by 2026-11-15 (OVERDUE 10 d); last told",
    );
  });

  it('is told in one message of bundles handed to several owners', async () => {
    // Prepare: Acme's FRA2 and LHR1 bundles told to emea-peering
    const lhr1 = (owner: string): Evaluation => ({
      ...owned(owner),
      key: 'Acme/LHR1/ix',
      site: 'LHR1',
      severity: 'warning',
      orderByDate: '2027-01-10',
    });
    await run('2026-11-24', [owned('emea-peering'), lhr1('emea-peering')]);

    // Act: the region's default owner changed, and LHR1 got its own
    await run('2026-11-25', [owned('noc'), lhr1('emea-backbone')]);

    // Assess
    const handover = notifier.accepted.at(-1)!;
    expect(handover.subject).toBe(
      '[Headroom] Acme: 2 bundles handed over to 2 owners',
    );
    expect(emailProse(handover.body)).toContain(
      '2 bundles you were alerted about now belong to emea-backbone, noc\n',
    );
    expect(emailProse(handover.body)).toContain(
      "- FRA2 ix (Acme/FRA2/ix): now noc's, critical, order by 2026-12-20; last told to you critical on 2026-11-24.\n" +
        "- LHR1 ix (Acme/LHR1/ix): now emea-backbone's, warning, order by 2027-01-10; last told to you warning on 2026-11-24.\n",
    );
    expect(handover.attributes.owner).toBe('emea-peering');
  });
});
