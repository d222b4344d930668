import { describe, expect, it } from 'vitest';
import { NOTIFICATION_STATE_KEY } from '#lib/pipeline/notification-state';
import { part2Refused, siteBundles } from './notify-alert-parts-fixture.ts';
import {
  deps,
  logErrors,
  notifier,
  run,
  useNotifyFixture,
} from './notify-fixture.ts';

useNotifyFixture();

/** How many accepted messages tell of each bundle, by key. */
function toldPerBundle(keys: readonly string[]): Record<string, number> {
  return Object.fromEntries(
    keys.map((key) => [
      key,
      notifier.accepted.filter((m) => m.body.includes(key.split('/')[1]!))
        .length,
    ]),
  );
}

describe('notify: an alert in parts, one part refused', () => {
  it('tells each bundle once across the two days', async () => {
    // Prepare: part 2 of Acme's alert refused on 11-25
    const evaluations = siteBundles(600);
    notifier.refuse.add('2026-11-25/alert/acme/2');
    const first = await run('2026-11-25', evaluations);
    notifier.refuse.clear();

    // Act
    const next = await run('2026-11-26', evaluations);

    // Assess: before, the whole alert again on 11-26, 312 bundles twice
    expect(first).toEqual([
      '2026-11-25/alert/acme/1 | [Headroom] Acme: 600 critical — order by 2026-12-20 (part 1/2)',
    ]);
    expect(next).toEqual([
      '2026-11-26/alert/acme/1 | [Headroom] Acme: 288 critical — order by 2026-12-20',
    ]);
    const counts = toldPerBundle(evaluations.map((e) => e.key));
    expect(Object.values(counts).filter((c) => c !== 1)).toEqual([]);
  });
});

describe('notify: an alert in parts whose refused part is no longer owed', () => {
  it("lists the accepted part's bundles still critical in the ISP's next alert", async () => {
    // Prepare: part 2 refused on 11-25; by 11-26 its bundles cleared
    const { stayed, cleared } = await part2Refused();
    const quiet = await run('2026-11-26', [...stayed, ...cleared]);

    // Act: on 11-27 another bundle of Acme reaches critical
    const fresh = {
      ...siteBundles(601)[600]!,
      site: 'FRA9',
      key: 'Acme/FRA9/ix',
    };
    const next = await run('2026-11-27', [...stayed, ...cleared, fresh]);

    // Assess: before, 'Acme: 1 critical', its 312 bundles still critical
    // left out (marked `inPart` until they had a reason of their own)
    expect([stayed.length, quiet]).toEqual([312, []]);
    expect(next).toEqual([
      '2026-11-27/alert/acme/1 | [Headroom] Acme: 313 critical — order by 2026-12-20',
    ]);
  });
});

describe('notify: an alert in parts, its state written before alertsInPart', () => {
  it('reads it and tells the refused part alone, as before', async () => {
    // Prepare: part 2 refused on 11-25, the state as the code before
    // `alertsInPart` wrote it (marks alone)
    const evaluations = siteBundles(600);
    notifier.refuse.add('2026-11-25/alert/acme/2');
    await run('2026-11-25', evaluations);
    notifier.refuse.clear();
    const text = await deps.reports.get(NOTIFICATION_STATE_KEY);
    const { alertsInPart, ...old } = JSON.parse(new TextDecoder().decode(text));
    await deps.reports.put(NOTIFICATION_STATE_KEY, JSON.stringify(old));
    const errors = logErrors();

    // Act
    const next = await run('2026-11-26', evaluations);

    // Assess
    expect([Object.keys(alertsInPart), next, errors]).toEqual([
      ['Acme'],
      [
        '2026-11-26/alert/acme/1 | [Headroom] Acme: 288 critical — order by 2026-12-20',
      ],
      [],
    ]);
  });
});
