import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { daysBetween } from '#lib/domain/dates';
import { buildPlan, type PlanOptions } from '#lib/sample/build-plan';
import type { SampleGroup } from '#lib/sample/plan-types';

const DEFAULT: PlanOptions = {
  seed: 1,
  links: 100,
  days: 430,
  lastDay: '2026-11-25',
};
const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Days from the end until the designed steady growth reaches critical. */
function daysToCritical(group: SampleGroup): number {
  const { endUtilization, growthAfter } = group.demand;
  return (365 * Math.log(0.85 / endUtilization)) / Math.log1p(growthAfter);
}

const listedOf = (options: PlanOptions) =>
  buildPlan(options).groups.filter((g) => g.listed);

describe('buildPlan', () => {
  it('gives the same plan for the same options', () => {
    // Prepare / Act
    const first = buildPlan(DEFAULT);
    const second = buildPlan(DEFAULT);
    // Assess
    expect(second).toEqual(first);
  });

  it('gives another inventory for another seed', () => {
    // Prepare / Act
    const ids = (seed: number) =>
      buildPlan({ ...DEFAULT, seed }).links.map((l) => l.linkId);
    // Assess
    expect(ids(2)).not.toEqual(ids(1));
  });

  it.each(SEEDS)('cuts 100 links into groups of 1–4 (seed %i)', (seed) => {
    // Prepare / Act
    const plan = buildPlan({ ...DEFAULT, seed });
    const listed = plan.groups.filter((g) => g.listed);
    const ids = plan.links.map((l) => l.linkId);
    // Assess
    expect(listed.flatMap((g) => g.links)).toHaveLength(100);
    expect(
      listed.every((g) => g.links.length >= 1 && g.links.length <= 4),
    ).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(listed.map((g) => g.name)).size).toBe(listed.length);
    expect(plan.isps).toBeGreaterThanOrEqual(12);
    expect(plan.isps).toBeLessThanOrEqual(20);
    expect(plan.groups.filter((g) => !g.listed)).toHaveLength(1);
    expect(listed.some((g) => g.explicitName !== undefined)).toBe(true);
    expect(listed.some((g) => g.demand.upgradeDay !== undefined)).toBe(true);
  });

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
    expect(fine.length / listed.length).toBeGreaterThan(0.5);
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
    // Act
    const lands = plan.augments.map((a) => {
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

  it('keeps the fault calendar inside the history', () => {
    // Prepare / Act
    const plan = buildPlan({ ...DEFAULT, days: 20 });
    // Assess
    expect(plan.firstDay).toBe('2026-11-06');
    expect(plan.missingDays).toEqual([7]);
    expect(plan.partialDay.day).toBe(10);
    expect(plan.eventDay).toBeGreaterThanOrEqual(12);
    expect(plan.eventDay).toBeLessThan(20);
  });
});
