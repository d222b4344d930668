import { describe, expect, it } from 'vitest';
import {
  BUNDLES as critical,
  FRESH,
  withCleared,
} from './notify-alert-parts-owed-fixture.ts';
import { notifier, run, useNotifyFixture } from './notify-fixture.ts';
import { alertsOn, withLinks } from './notify-parts-fixture.ts';

useNotifyFixture();

describe('notify: an alert in parts whose refused part holds a bundle renamed since', () => {
  it.each([
    ['told at warning the day before', true],
    ['never told before (no entry: followed by the links owed with it)', false],
  ])(
    'tells the rest of it, the renamed bundle, %s, under its new key',
    async (_, before) => {
      // Prepare: 600 bundles told at warning on 11-24 (or not); on 11-25
      // critical, the alert's part 2 refused
      const warning = critical.map((g) => ({
        ...g,
        severity: 'warning' as const,
      }));
      if (before) await run('2026-11-24', withLinks(warning));
      notifier.refuse.add('2026-11-25/alert/acme/2');
      await run('2026-11-25', withLinks(critical));
      notifier.refuse.clear();
      const told = alertsOn('2026-11-25');
      const refused = critical.filter(
        (g) => told[`${g.site.slice(0, 5)} → emea-peering`] === undefined,
      );

      // Act: on 11-26 part 2's bundles are ok but one, renamed in
      // links.csv (its site and key), and FRESH critical
      const [kept, ...gone] = refused;
      const renamed = {
        ...kept!,
        site: `${kept!.site}-B`,
        key: `Acme/${kept!.site}-B/ix`,
      };
      const evaluations = withCleared(gone).map((g) =>
        g === kept ? renamed : g,
      );
      await run('2026-11-26', withLinks([...evaluations, FRESH]));

      // Assess: before, under its old key, the record made 11-26's alert a
      // new one, and the accepted parts' bundles went again
      expect(alertsOn('2026-11-26')).toEqual({
        [`${kept!.site.slice(0, 5)} → emea-peering`]: 1,
        'S0600 → emea-peering': 1,
      });
    },
  );
});
