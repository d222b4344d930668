import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { emailProse } from '../../helpers/email-prose.ts';
import { deliveredTo } from '../../helpers/filter-policy-match.ts';
import { notifier, owned, run, useNotifyFixture } from './notify-fixture.ts';
import { publishChanges } from './notify-held-fixture.ts';

useNotifyFixture();

/**
 * Acme's bundle told to emea-peering, then to noc, then to
 * emea-backbone, each new owner's alert accepted and every handover
 * refused: the three hold the open alert. `day(0..2)` the three runs'
 * dates; `at(owner)` the bundle as each run judges it.
 */
async function handedTwice(
  day: (i: number) => string,
  at: (owner: string) => Evaluation[],
) {
  await publishChanges(day(0), at('emea-peering'));
  await run(day(0), at('emea-peering'));
  notifier.refuse.add(`${day(1)}/handover/emea-peering-acme/1`);
  await publishChanges(day(1), at('noc'));
  await run(day(1), at('noc'));
  notifier.refuse.add(`${day(2)}/handover/emea-peering-acme/1`);
  notifier.refuse.add(`${day(2)}/handover/noc-acme/1`);
  await publishChanges(day(2), at('emea-backbone'));
  const third = await run(day(2), at('emea-backbone'));
  notifier.refuse.clear();
  return third;
}

const november = (i: number) => `2026-11-2${4 + i}`;
const critical = (owner: string) => [owned(owner)];
const ALL = ['emea-backbone', 'emea-peering', 'noc'];

describe('notify: a bundle handed over twice, its handovers refused', () => {
  it('is resolved to every owner that held its alert, naming them in order', async () => {
    // Prepare
    await handedTwice(november, critical);

    // Act: it clears (no changes list: the run's own severity)
    const cleared = { ...owned('emea-backbone'), severity: 'watch' as const };
    const sent = await run('2026-11-27', [cleared]);

    // Assess: before, emea-peering and emea-backbone: noc, alerted on
    // 11-25, heard nothing more of it
    expect(sent).toEqual([
      '2026-11-27/resolved/acme/1 | [Headroom] Acme: resolved — 1 bundle no longer needs an order',
    ]);
    const resolved = notifier.accepted.at(-1)!;
    expect(resolved.attributes.owner).toEqual(ALL);
    expect(deliveredTo({ owner: ['noc'] }, resolved)).toBe(true);
    expect(emailProse(resolved.body)).toContain(
      'Handed over from emea-peering to noc, then to emea-backbone.\n',
    );
  });

  it('is "not judged" to every owner that held its alert', async () => {
    // Prepare
    await handedTwice(november, critical);

    // Act: gone from the run
    const sent = await run('2026-11-27', []);

    // Assess
    expect(sent).toEqual([
      '2026-11-27/unjudged/acme/1 | [Headroom] Acme: 1 alerted bundle not judged — check its data',
    ]);
    const message = notifier.accepted.at(-1)!;
    expect(message.attributes.owner).toEqual(ALL);
    expect(emailProse(message.body)).toContain(
      'Handed over from emea-peering to noc, then to emea-backbone.\n',
    );
  });

  it('hands over to each former owner, with what each was told, and never alerts again', async () => {
    // Prepare: on 11-26, noc was to hear of it too, where before only
    // emea-peering's handover was planned
    const third = await handedTwice(november, critical);

    // Act
    const sent = await run('2026-11-27', critical('emea-backbone'));
    const after = await run('2026-11-28', critical('emea-backbone'));

    // Assess
    expect(third).toEqual([
      '2026-11-26/alert/acme/1 | [Headroom] Acme: 1 critical — order by 2026-12-20',
    ]);
    expect(sent).toEqual([
      '2026-11-27/handover/emea-peering-acme/1 | [Headroom] Acme: 1 bundle handed over to emea-backbone',
      '2026-11-27/handover/noc-acme/1 | [Headroom] Acme: 1 bundle handed over to emea-backbone',
    ]);
    const [toPeering, toNoc] = notifier.accepted.slice(-2);
    expect(toPeering!.body).toContain(
      'last told to you critical on 2026-11-24.',
    );
    expect(toNoc!.body).toContain('last told to you critical on 2026-11-25.');
    expect(toNoc!.attributes.owner).toBe('noc');
    expect(after).toEqual([]);
  });
});

describe('notify: the weekly digest of a bundle handed over twice', () => {
  const days = ['2026-11-10', '2026-11-11', '2026-11-12'];
  const warning = (owner: string) => [
    { ...owned(owner), severity: 'warning' as const },
  ];
  /** The Monday run: watch, held at warning (the fall not yet confirmed). */
  const monday = async (owner: string) => {
    const held = [{ ...owned(owner), severity: 'watch' as const }];
    await publishChanges('2026-11-16', held);
    return run('2026-11-16', held);
  };

  it('names every owner holding the alert to an owner that never had it', async () => {
    // Prepare
    await handedTwice((i) => days[i]!, warning);

    // Act: links.csv names core now
    const sent = await monday('core');

    // Assess: before, 'told to emea-backbone' alone
    expect(sent.at(-1)).toBe(
      '2026-11-16/digest/core/1 | [Headroom] weekly digest core: 1 watch',
    );
    expect(notifier.accepted.at(-1)!.body).toContain(
      'held at warning (alert open, told to emea-peering, noc, emea-backbone)\n',
    );
  });

  it('names no other owner to one that holds the alert', async () => {
    // Prepare
    await handedTwice((i) => days[i]!, warning);

    // Act
    const sent = await monday('emea-backbone');

    // Assess: the handovers still owed go with it
    expect(sent).toHaveLength(3);
    expect(notifier.accepted.at(-1)!.body).toContain(
      'held at warning (alert open)\n',
    );
  });
});
