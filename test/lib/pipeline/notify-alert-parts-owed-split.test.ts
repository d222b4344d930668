import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import {
  BUNDLES as critical,
  FRESH,
  withCleared,
} from './notify-alert-parts-owed-fixture.ts';
import { notifier, run, useNotifyFixture } from './notify-fixture.ts';
import { alertsOn } from './notify-parts-fixture.ts';

useNotifyFixture();

/** Each bundle with two links of its own (`a0`, `b0`…), as links.csv has it. */
const twoLinks = (bundles: readonly Evaluation[]): Evaluation[] =>
  bundles.flatMap((g, i) => [
    g,
    ...['a', 'b'].map((l) => ({
      ...g,
      level: 'link' as const,
      key: `${l}${i}`,
      group: g.key,
    })),
  ]);

describe('notify: an alert in parts whose refused part holds a bundle never told, split in links.csv since', () => {
  it('tells the rest of it, the split bundle under its new keys, and not the accepted parts again', async () => {
    // Prepare: 600 bundles, never told, critical on 11-25, part 2 refused
    notifier.refuse.add('2026-11-25/alert/acme/2');
    await run('2026-11-25', twoLinks(critical));
    notifier.refuse.clear();
    const told = alertsOn('2026-11-25');
    const refused = critical.filter(
      (g) => told[`${g.site.slice(0, 5)} → emea-peering`] === undefined,
    );

    // Act: on 11-26 part 2's bundles are ok but one, split in links.csv
    // into two bundles (its link a at site -A, its link b at site -B),
    // and FRESH critical
    const [kept, ...gone] = refused;
    const i = critical.indexOf(kept!);
    const half = (l: string) => {
      const site = `${kept!.site}-${l.toUpperCase()}`;
      const g = { ...kept!, site, key: `Acme/${site}/ix` };
      return [
        g,
        { ...g, level: 'link' as const, key: `${l}${i}`, group: g.key },
      ];
    };
    const others = twoLinks(withCleared(gone)).filter(
      (e) => e.key !== kept!.key && e.group !== kept!.key,
    );
    await run('2026-11-26', [
      ...others,
      ...half('a'),
      ...half('b'),
      ...twoLinks([FRESH]).map((e) =>
        e.level === 'link' ? { ...e, key: `f${e.key}` } : e,
      ),
    ]);

    // Assess: the rest of the alert, the split bundle (one site pair) and
    // FRESH, each once; not a new alert listing the accepted parts again
    expect(alertsOn('2026-11-26')).toEqual({
      [`${kept!.site.slice(0, 5)} → emea-peering`]: 1,
      'S0600 → emea-peering': 1,
    });
  });
});
