import { describe, expect, it } from 'vitest';
import { notifier, owned, run, useNotifyFixture } from './notify-fixture.ts';
import { cleared } from './notify-handover-fixture.ts';
import { publishChanges } from './notify-held-fixture.ts';

useNotifyFixture();

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
