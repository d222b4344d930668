import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import type { AlertFilter } from '../../../infra/stage-config.ts';
import { STAGE_CONFIGS } from '../../../infra/stages.ts';
import { emailProse } from '../../helpers/email-prose.ts';
import { deliveredTo } from '../../helpers/filter-policy-match.ts';
import {
  notifier,
  notifyByOwner,
  owned,
  run,
  useNotifyFixture,
} from './notify-fixture.ts';

useNotifyFixture();

/** Acme's LHR1 IX bundle at warning, `owner`'s. */
const lhr1 = (owner: string): Evaluation => ({
  ...owned(owner),
  key: 'Acme/LHR1/ix',
  site: 'LHR1',
  severity: 'warning',
  orderByDate: '2027-01-10',
});

/**
 * Subscriptions to emea-peering's alerts: as a stage's `alertEmails`
 * filter them, and those the stages deploy that reach it.
 */
const FILTERS: readonly AlertFilter[] = [
  { owner: ['emea-peering'], severity: ['critical', 'warning'] },
  { owner: ['emea-peering'], severity: ['critical'] },
  { region: ['EMEA'], severity: ['warning', 'critical', 'resolved'] },
  { owner: ['emea-peering'] },
  ...Object.values(STAGE_CONFIGS)
    .flatMap((stage) =>
      stage.alertEmails.flatMap((e): AlertFilter[] =>
        'filter' in e ? [e.filter] : [],
      ),
    )
    .filter((f) => f.owner?.includes('emea-peering') ?? true),
];

describe('notify: "not judged" reaches the subscriptions the alert did', () => {
  it.each(FILTERS)('reaches %j, which received the alert', async (filter) => {
    // Prepare: FRA2 critical and LHR1 warning told to emea-peering, in
    // one alert at critical (its unit's worst)
    await run('2026-11-24', [owned('emea-peering'), lhr1('emea-peering')]);
    const alert = notifier.accepted.at(-1)!;

    // Act: LHR1 gone from the run
    const sent = await run('2026-11-25', [owned('emea-peering')]);

    // Assess: before, severity `warning`, LHR1's last told: an address
    // filtering on critical received its alert and never this
    expect(sent).toEqual([
      '2026-11-25/unjudged/acme/1 | [Headroom] Acme: 1 alerted bundle not judged — check its data',
    ]);
    const unjudged = notifier.accepted.at(-1)!;
    expect(deliveredTo(filter, alert)).toBe(true);
    expect(deliveredTo(filter, unjudged)).toBe(true);
  });
});

describe('notify: "not judged" of a bundle whose alert went to its new owner, its handover refused', () => {
  it('goes to both owners, as the resolved does, and says the bundle was handed over', async () => {
    // Prepare: told to emea-peering; noc's alert accepted, the handover
    // to emea-peering refused
    await run('2026-11-24', [owned('emea-peering')]);
    notifier.refuse.add('2026-11-25/handover/emea-peering-acme/1');
    await run('2026-11-25', [owned('noc')]);
    notifier.refuse.clear();

    // Act: the bundle gone from the next run
    const sent = await run('2026-11-26', []);

    // Assess: before, owner emea-peering alone: noc, who had the alert,
    // heard nothing of it going unjudged
    expect(sent).toEqual([
      '2026-11-26/unjudged/acme/1 | [Headroom] Acme: 1 alerted bundle not judged — check its data',
    ]);
    const message = notifier.accepted.at(-1)!;
    expect(message.attributes.owner).toEqual(['emea-peering', 'noc']);
    expect(deliveredTo({ owner: ['noc'] }, message)).toBe(true);
    expect(emailProse(message.body)).toContain(
      'not in this run: gone from links.csv, or no traffic in the window. Handed over from emea-peering to noc.\n',
    );
  });

  it('goes under the former owner, reaching the new one, with notify.by owner', async () => {
    // Prepare
    notifyByOwner();
    await run('2026-11-24', [owned('emea-peering')]);
    notifier.refuse.add('2026-11-25/handover/emea-peering-noc/1');
    await run('2026-11-25', [owned('noc')]);
    notifier.refuse.clear();

    // Act
    const sent = await run('2026-11-26', []);

    // Assess
    expect(sent).toEqual([
      '2026-11-26/unjudged/emea-peering/1 | [Headroom] emea-peering: 1 alerted bundle not judged — check its data',
    ]);
    expect(notifier.accepted.at(-1)!.attributes.owner).toEqual([
      'emea-peering',
      'noc',
    ]);
  });
});
