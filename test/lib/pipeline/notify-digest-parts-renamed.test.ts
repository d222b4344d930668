import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { attributeNames } from '#lib/domain/message-attribute';
import { notifier, run, useNotifyFixture } from './notify-fixture.ts';
import {
  BUNDLES,
  byTimes,
  longBundles,
  toldPerAddress,
  withLinks,
} from './notify-parts-fixture.ts';

useNotifyFixture();

/** The bundles with the first one's site renamed in links.csv (its key too). */
const firstRenamed = (bundles: readonly Evaluation[]): Evaluation[] =>
  bundles.map((g, i) =>
    i === 0 ? { ...g, site: `${g.site}-B`, key: `Acme/${g.site}-B/ix` } : g,
  );

describe('notify: a digest in parts, a bundle of an accepted part renamed', () => {
  it('tells the renamed bundle once in the week’s digest', async () => {
    // Prepare: the bundles alerted (their links recorded); Monday's
    // digest's part 2 refused
    const bundles = longBundles('critical');
    await run('2026-11-24', withLinks(bundles));
    notifier.refuse.add('2026-11-30/digest/emea-peering/2');
    const monday = await run('2026-11-30', withLinks(bundles));
    notifier.refuse.clear();

    // Act: the next day, bundle S0000 (told in part 1) renamed
    await run('2026-12-01', withLinks(firstRenamed(bundles)));

    // Assess: before, the rest of the digest told S0000 again under its
    // new name, unmarked
    expect(monday.filter((m) => m.includes('/digest/'))).toHaveLength(1);
    const told = notifier.accepted
      .filter((m) => m.id.includes('/digest/'))
      .map((m) => ({
        body: m.body,
        owners: attributeNames(m.attributes.owner),
      }));
    expect(byTimes(toldPerAddress(told))).toEqual({ 1: BUNDLES });
  });
});
