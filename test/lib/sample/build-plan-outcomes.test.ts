import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { addDays, daysBetween } from '#lib/domain/dates';
import { buildPlan } from '#lib/sample/build-plan';
import type { SampleGroup } from '#lib/sample/plan-types';
import { renderLinksCsv } from '#lib/sample/write-inventory';
import { DEFAULT, listedOf, SEEDS } from './build-plan-fixture.ts';

/** Days from the end until the designed steady growth reaches critical. */
function daysToCritical(group: SampleGroup): number {
  const { endUtilization, growthAfter } = group.demand;
  return (365 * Math.log(0.85 / endUtilization)) / Math.log1p(growthAfter);
}

describe('buildPlan outcomes', () => {
  it.each(SEEDS)('designs the mix of outcomes (seed %i)', (seed) => {
    // Prepare
    const listed = listedOf({ ...DEFAULT, seed });
    const of = (outcome: string) =>
      listed.filter((g) => g.demand.outcome === outcome);
    // Act
    const fine = of('fine');
    const n1 = of('n1-broken');
    const orderNow = of('order-now');
    // Assess
    // Most groups are quiet (a few quiet ones became past crossings).
    expect(fine.length / listed.length).toBeGreaterThan(0.45);
    expect(fine.every((g) => g.demand.endUtilization < 0.5)).toBe(true);
    expect(fine.every((g) => g.demand.growthAfter <= 0.3)).toBe(true);
    expect(of('warning').length).toBeGreaterThanOrEqual(3);
    expect(of('warning').every((g) => g.demand.endUtilization > 0.7)).toBe(
      true,
    );
    expect(n1).toHaveLength(1);
    expect(n1[0]!.links).toHaveLength(3);
    expect(n1[0]!.demand.endUtilization).toBeGreaterThan(2 / 3);
    expect(orderNow.length).toBeGreaterThanOrEqual(2);
    for (const group of orderNow) {
      const lead = DEFAULT_CONFIG.leadTimeDays[group.linkType];
      expect(daysToCritical(group) - lead).toBeLessThanOrEqual(30);
      expect(group.demand.endUtilization).toBeLessThan(0.85);
    }
  });

  it.each(SEEDS)('plans one early and one late augment (seed %i)', (seed) => {
    // Prepare
    const plan = buildPlan({ ...DEFAULT, seed });
    const byName = new Map(plan.groups.map((g) => [g.name, g]));
    // Act: the augments still to come (one past augment is tested below)
    const future = plan.augments.filter((a) => a.inServiceDate > plan.lastDay);
    const lands = future.map((a) => {
      const group = byName.get(a.group)!;
      const inDays = daysBetween(plan.lastDay, a.inServiceDate);
      return {
        outcome: group.demand.outcome,
        inDays,
        runout: daysToCritical(group),
      };
    });
    // Assess
    expect(lands.map((l) => l.outcome).sort()).toEqual([
      'augment-early',
      'augment-late',
    ]);
    const early = lands.find((l) => l.outcome === 'augment-early')!;
    const late = lands.find((l) => l.outcome === 'augment-late')!;
    expect(early.inDays).toBeLessThan(early.runout - 60);
    expect(late.inDays).toBeGreaterThan(late.runout + 30);
  });

  it.each(SEEDS)(
    'plans 5–10 groups that crossed critical in the last 9 months, then were augmented (seed %i)',
    (seed) => {
      // Prepare
      const plan = buildPlan({ ...DEFAULT, seed });
      const last = plan.days - 1;
      // Act
      const crossed = plan.groups.filter((g) => g.demand.outcome === 'crossed');
      const recorded = plan.augments.filter(
        (a) => a.inServiceDate <= plan.lastDay,
      );
      // Assess
      expect(crossed.length).toBeGreaterThanOrEqual(5);
      expect(crossed.length).toBeLessThanOrEqual(10);
      for (const { demand } of crossed) {
        const { crossingDay, upgradeDay, endUtilization } = demand;
        expect(last - crossingDay!).toBeGreaterThanOrEqual(100);
        expect(last - crossingDay!).toBeLessThanOrEqual(270);
        // The augment comes after the crossing and before the last month.
        expect(upgradeDay! - crossingDay!).toBeGreaterThanOrEqual(20);
        expect(last - upgradeDay!).toBeGreaterThanOrEqual(30);
        // Doubled, the group is well below warning today: not urgent.
        expect(endUtilization).toBeLessThan(0.65);
      }
      // One augment is still in augments.csv: in service on its upgrade
      // day, the size of the capacity before it (links.csv shows that).
      const listed = crossed.filter((g) => g.demand.recordedAugment);
      expect(listed).toHaveLength(1);
      const [group] = listed;
      expect(recorded).toEqual([
        {
          group: group!.name,
          inServiceDate: addDays(plan.firstDay, group!.demand.upgradeDay!),
          addedBps: group!.links.length * group!.portBps,
          reference: group!.demand.recordedAugment,
        },
      ]);
      const rows = renderLinksCsv(plan).split('\n');
      for (const link of group!.links) {
        const row = rows.find((r) => r.startsWith(`${link.linkId},`));
        expect(row).toContain(`,${group!.linkType},${group!.portBps},`);
        expect(link.capacityBps).toBe(2 * group!.portBps);
      }
    },
  );
});
