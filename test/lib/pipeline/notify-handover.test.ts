import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import type { Message } from '#lib/domain/message';
import { notify } from '#lib/pipeline/notify';
import { emailProse } from '../../helpers/email-prose.ts';
import {
  deps,
  group,
  notifier,
  notifyByOwner,
  owned,
  run,
  useNotifyFixture,
} from './notify-fixture.ts';
import { publishChanges } from './notify-held-fixture.ts';

useNotifyFixture();

const HANDOVER = '2026-11-25/handover/emea-peering-acme/1';

/**
 * Told to emea-peering on 11-24; on 11-25 links.csv names noc, whose
 * alert is accepted while the handover to emea-peering is refused.
 */
async function handoverRefused(): Promise<void> {
  await run('2026-11-24', [owned('emea-peering')]);
  notifier.refuse.add(HANDOVER);
  await run('2026-11-25', [owned('noc')]);
  notifier.refuse.clear();
}

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
        'Report for Acme: https://headroom-reports.example.net/reports/2026-11-25/isp/acme.html',
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

  it('is told on the next run, without the alert again, when the notifier refused its message', async () => {
    // Prepare: the alert to noc accepted, the handover refused
    await handoverRefused();

    // Act
    const retried = await run('2026-11-26', [owned('noc')]);
    const after = await run('2026-11-27', [owned('noc')]);

    // Assess: before, noc's alert went again with it, a second alert
    // to noc of what it had been told the day before
    expect(retried).toEqual([
      '2026-11-26/handover/emea-peering-acme/1 | [Headroom] Acme: 1 bundle handed over to noc',
    ]);
    const handover = notifier.accepted.at(-1)!;
    expect(handover.attributes.owner).toBe('emea-peering');
    expect(emailProse(handover.body)).toContain(
      "- FRA2 ix (Acme/FRA2/ix): now noc's, critical, order by 2026-12-20; last told to you critical on 2026-11-24.\n",
    );
    expect(after).toEqual([]);
  });

  it('is told once, with the alert, when the notifier refused the alert', async () => {
    // Prepare: the alert to noc refused
    await run('2026-11-24', [owned('emea-peering')]);
    notifier.refuse.add('2026-11-25/alert/acme/1');
    const refused = await run('2026-11-25', [owned('noc')]);
    notifier.refuse.clear();

    // Act
    const retried = await run('2026-11-26', [owned('noc')]);
    const after = await run('2026-11-27', [owned('noc')]);

    // Assess: the handover, which says noc is alerted, waits for noc's
    // alert; sent beside the refused alert, it went again with it
    expect(refused).toEqual([]);
    expect(retried).toEqual([
      '2026-11-26/alert/acme/1 | [Headroom] Acme: 1 critical — order by 2026-12-20',
      '2026-11-26/handover/emea-peering-acme/1 | [Headroom] Acme: 1 bundle handed over to noc',
    ]);
    expect(after).toEqual([]);
  });

  it('is told once, and the alert not again, after a run killed between them', async () => {
    // Prepare: the run is killed once the alert is accepted
    await run('2026-11-24', [owned('emea-peering')]);
    const evaluations = [owned('noc')];
    const killed = {
      publish: async (messages: readonly Message[]) => {
        if (messages[0]!.id === HANDOVER) throw new Error('killed');
        return notifier.publish(messages);
      },
    };
    await expect(
      notify(
        { ...deps, notifier: killed },
        { asOf: '2026-11-25', evaluations },
      ),
    ).rejects.toThrow('killed');

    // Act
    const rerun = await run('2026-11-25', evaluations);
    const next = await run('2026-11-26', evaluations);

    // Assess
    expect(notifier.accepted.map((m) => m.id)).toEqual([
      '2026-11-24/alert/acme/1',
      '2026-11-25/alert/acme/1',
      HANDOVER,
    ]);
    expect(rerun).toHaveLength(1);
    expect(notifier.accepted.at(-1)!.mayRepeat).toBe(
      '2026-11-26T06:00:00.000Z',
    );
    expect(next).toEqual([]);
  });

  it('is told of a bundle renamed in links.csv by the name it was told too', async () => {
    // Prepare: Acme's bundle, links a1 and a2, told to emea-peering; the
    // ISP then renamed Acme Networks, its default key with it
    const bundle = (isp: string, owner: string): Evaluation[] => {
      const g = { ...group(isp, 'critical', '2026-12-20'), owner };
      const link = (id: string) => ({
        ...g,
        level: 'link' as const,
        key: id,
        group: g.key,
      });
      return [g, link('a1'), link('a2')];
    };
    await run('2026-11-24', bundle('Acme', 'emea-peering'));

    // Act
    await run('2026-11-25', bundle('Acme Networks', 'noc'));

    // Assess: before, the new key alone, which emea-peering never saw
    expect(emailProse(notifier.accepted.at(-1)!.body)).toContain(
      "- FRA2 ix (Acme Networks/FRA2/ix, told as Acme/FRA2/ix): now noc's, critical, order by 2026-12-20; last told to you critical on 2026-11-24.\n",
    );
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

/** Acme's FRA2 IX bundle cleared to watch, now `owner`'s. */
const cleared = (owner: string): Evaluation => ({
  ...owned(owner),
  severity: 'watch',
  orderByDate: '2027-03-01',
});

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
        'Report for Acme: https://headroom-reports.example.net/reports/2026-11-25/isp/acme.html',
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

describe("notify: the weekly digest of a bundle's new owner", () => {
  it('names no other owner beside an alert held open it had, its handover refused', async () => {
    // Prepare: warning on Tuesday 11-10, told to emea-peering; on 11-11
    // noc's alert accepted, the handover to emea-peering refused
    const tuesday = [
      { ...owned('emea-peering'), severity: 'warning' as const },
    ];
    await publishChanges('2026-11-10', tuesday);
    await run('2026-11-10', tuesday);
    const wednesday = [{ ...owned('noc'), severity: 'warning' as const }];
    await publishChanges('2026-11-11', wednesday);
    notifier.refuse.add('2026-11-11/handover/emea-peering-acme/1');
    await run('2026-11-11', wednesday);
    notifier.refuse.clear();

    // Act: the Monday run says watch (the fall not yet confirmed)
    const monday = [cleared('noc')];
    await publishChanges('2026-11-16', monday);
    const sent = await run('2026-11-16', monday);

    // Assess: before, 'told to emea-peering' of the alert noc had; the
    // handover still owed goes with it, as the alert is held open
    expect(sent).toEqual([
      '2026-11-16/handover/emea-peering-acme/1 | [Headroom] Acme: 1 bundle handed over to noc',
      '2026-11-16/digest/noc/1 | [Headroom] weekly digest noc: 1 watch',
    ]);
    expect(notifier.accepted.at(-1)!.body).toMatch(
      /\n {2}FRA2 ix\n {4}watch .*\n {4}held at warning \(alert open\)\n/,
    );
  });

  it('names the owner told beside an alert held open, never sent to the reader', async () => {
    // Prepare: warning on Tuesday 11-10, told to emea-peering
    const tuesday = [
      { ...owned('emea-peering'), severity: 'warning' as const },
    ];
    await publishChanges('2026-11-10', tuesday);
    await run('2026-11-10', tuesday);

    // Act: the Monday run says watch (the fall not yet confirmed), noc's
    const monday = [cleared('noc')];
    await publishChanges('2026-11-16', monday);
    const sent = await run('2026-11-16', monday);

    // Assess: no alert, resolved or handover while the alert is held;
    // before, noc read '(alert open)' of an alert it never had
    expect(sent).toEqual([
      '2026-11-16/digest/noc/1 | [Headroom] weekly digest noc: 1 watch',
    ]);
    expect(notifier.accepted.at(-1)!.body).toMatch(
      /\n {2}FRA2 ix\n {4}watch .*\n {4}held at warning \(alert open, told to emea-peering\)\n/,
    );
  });
});
