import { describe, expect, it } from 'vitest';
import { NOTIFICATION_STATE_KEY } from '#lib/pipeline/notification-state';
import { emailProse } from '../../helpers/email-prose.ts';
import {
  deps,
  logErrors,
  notifier,
  owned,
  run,
  useNotifyFixture,
} from './notify-fixture.ts';

useNotifyFixture();

/**
 * A state the previous version wrote: told to emea-peering on 11-24,
 * noc's alert accepted on 11-25 and the handover refused (`handedTo`).
 */
async function writeHandedTo(): Promise<void> {
  const entry = {
    severity: 'critical',
    orderByDate: '2026-12-20',
    notifiedOn: '2026-11-24',
    isp: 'Acme',
    region: 'EMEA',
    owner: 'emea-peering',
    handedTo: 'noc',
  };
  const state = {
    version: 2,
    since: '2026-11-24',
    groups: { 'Acme/FRA2/ix': entry },
    digests: {},
    sent: {},
  };
  await deps.reports.put(NOTIFICATION_STATE_KEY, JSON.stringify(state));
}

const saved = async () =>
  JSON.parse(
    new TextDecoder().decode(await deps.reports.get(NOTIFICATION_STATE_KEY)),
  );

describe('notify: a state written with handedTo, before formerOwners', () => {
  it('reads it, and sends the handover alone, not the alert again', async () => {
    // Prepare
    const errors = logErrors();
    await writeHandedTo();

    // Act
    const sent = await run('2026-11-26', [owned('noc')]);

    // Assess: before, noc's alert went again with the handover
    expect(errors).toEqual([]);
    expect(sent).toEqual([
      '2026-11-26/handover/emea-peering-acme/1 | [Headroom] Acme: 1 bundle handed over to noc',
    ]);
    expect(emailProse(notifier.accepted.at(-1)!.body)).toContain(
      'last told to you critical on 2026-11-24.',
    );
    expect((await saved()).groups['Acme/FRA2/ix']).toEqual({
      severity: 'critical',
      orderByDate: '2026-12-20',
      notifiedOn: '2026-11-24',
      isp: 'Acme',
      region: 'EMEA',
      owner: 'noc',
    });
  });

  it('resolves to both owners when it clears', async () => {
    // Prepare
    await writeHandedTo();

    // Act
    await run('2026-11-26', [{ ...owned('noc'), severity: 'watch' }]);

    // Assess
    const resolved = notifier.accepted.at(-1)!;
    expect(resolved.id).toBe('2026-11-26/resolved/acme/1');
    expect(resolved.attributes.owner).toEqual(['emea-peering', 'noc']);
    expect(emailProse(resolved.body)).toContain(
      'Handed over from emea-peering to noc.\n',
    );
  });
});
