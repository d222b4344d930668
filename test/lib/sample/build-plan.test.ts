import { describe, expect, it } from 'vitest';
import { buildPlan } from '#lib/sample/build-plan';
import { DEFAULT, listedOf, SEEDS } from './build-plan-fixture.ts';

describe('buildPlan', () => {
  it('gives the same plan for the same options', () => {
    // Prepare / Act
    const first = buildPlan(DEFAULT);
    const second = buildPlan(DEFAULT);
    // Assess
    expect(second).toEqual(first);
  });

  it.each([1, 2, 5, 10, 20])(
    'plans a fleet of %i links, with or without a quiet group to cross',
    (links) => {
      for (const seed of SEEDS) {
        // Prepare / Act
        const listed = listedOf({ ...DEFAULT, links, seed });
        // Assess
        expect(listed.flatMap((g) => g.links)).toHaveLength(links);
      }
    },
  );

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

  it('plans no past crossing in a history shorter than a year', () => {
    // Prepare / Act
    const plan = buildPlan({ ...DEFAULT, days: 300 });
    // Assess
    expect(plan.groups.some((g) => g.demand.outcome === 'crossed')).toBe(false);
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
