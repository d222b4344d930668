import { describe, expect, it } from 'vitest';
import {
  BUNDLES as critical,
  FRESH,
  once,
  withCleared,
} from './notify-alert-parts-owed-fixture.ts';
import { notifier, run, useNotifyFixture } from './notify-fixture.ts';
import { alertsOn, withLinks } from './notify-parts-fixture.ts';

useNotifyFixture();

/** The bundle's pair as `toldPerAddress` counts it. */
const pairOf = (g: (typeof critical)[number]) =>
  `${g.site.slice(0, 5)} → emea-peering`;

/** The bundle under the ISP's new name in links.csv (its key too). */
const renamed = (g: (typeof critical)[number]) => ({
  ...g,
  isp: 'Acme Networks',
  key: g.key.replace(/^Acme\//, 'Acme Networks/'),
});

describe('notify: an alert in parts refused, its ISP renamed in links.csv since', () => {
  it("lists every bundle at risk once the refused part's bundles cleared", async () => {
    // Prepare: Acme's 600 bundles critical on 11-25, part 2 refused
    notifier.refuse.add('2026-11-25/alert/acme/2');
    await run('2026-11-25', withLinks(critical));
    notifier.refuse.clear();
    const told = alertsOn('2026-11-25');
    const refused = critical.filter((g) => told[pairOf(g)] === undefined);

    // Act: on 11-26 Acme is 'Acme Networks' in links.csv, part 2's
    // bundles are ok, and FRESH newly critical
    const evaluations = [...withCleared(refused), FRESH].map(renamed);
    await run('2026-11-26', withLinks(evaluations));

    // Assess: the accepted parts' bundles, still critical, are listed
    // with FRESH, each once; before, the record stayed under 'Acme' and
    // the alert read 'Acme Networks: 1 critical'
    const atRisk = [...critical.filter((g) => !refused.includes(g)), FRESH];
    expect(refused.length).toBeGreaterThan(0);
    expect(alertsOn('2026-11-26')).toEqual(once(atRisk));
  });
});

describe('notify: an alert in parts refused, its refused bundles never told before and renamed since', () => {
  it('tells each bundle at risk once over the days, the rest under the new names', async () => {
    // Prepare: Acme's 600 bundles, never told, critical on 11-25, part 2
    // refused: its bundles have no state entry
    notifier.refuse.add('2026-11-25/alert/acme/2');
    await run('2026-11-25', withLinks(critical));
    notifier.refuse.clear();

    // Act: on 11-26 Acme is 'Acme Networks' in links.csv, every bundle
    // still critical, and FRESH newly critical
    await run('2026-11-26', withLinks([...critical, FRESH].map(renamed)));

    // Assess: the rest of the alert, the refused part's bundles under
    // their new keys, with FRESH; before, their renames were not
    // followed, 11-26's alert was a new one, and the accepted parts'
    // bundles reached the owner twice (601 bundles where 152 were owed)
    const told = [alertsOn('2026-11-25'), alertsOn('2026-11-26')];
    const times: Record<string, number> = {};
    for (const [pair, n] of told.flatMap((t) => Object.entries(t))) {
      times[pair] = (times[pair] ?? 0) + n;
    }
    expect(times).toEqual(once([...critical, FRESH]));
  });
});
