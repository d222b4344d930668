import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '#lib/domain/dates';
import { inventoryAsOf } from '#lib/pipeline/inventory-as-of';
import { CONFIRM_COUNT, CONFIRM_DAYS } from '#lib/rules/actual-crossing';
import type { SampleGroup } from '#lib/sample/plan-types';
import {
  afterAugment,
  critical,
  crossed,
  EARLY_DAYS,
  LATE_DAYS,
  OPTIONS,
  plan,
  recorded,
  useCrossings,
} from './sample-crossings-fixture.ts';

const { peaks, result, inventory, recordedHistory } = useCrossings();

/** First day at critical that recurs within a week, in the traffic's terms. */
function firstCrossing(group: SampleGroup): string | undefined {
  const days = peaks().get(group.name) ?? [];
  const at = days.findIndex((day, i) => {
    if (day.u < critical) return false;
    const end = addDays(day.dt, CONFIRM_DAYS);
    const week = days.slice(i).filter((d) => d.dt < end && d.u >= critical);
    return week.length >= CONFIRM_COUNT;
  });
  return days[at]?.dt;
}

const designedDay = (group: SampleGroup) =>
  addDays(plan.firstDay, group.demand.crossingDay!);

describe('the sample’s past crossings', () => {
  it('plans three crossings in the replayed months, the latest augment listed', () => {
    // Prepare / Act
    const kinds = crossed.map((g) => [g.linkType, !!g.demand.recordedAugment]);
    const latest = Math.max(...crossed.map((g) => g.demand.upgradeDay!));
    // Assess
    expect(kinds).toEqual([
      ['ix', false],
      ['ix', true],
      ['pni', false],
    ]);
    expect(recorded.demand.upgradeDay).toBe(latest);
    for (const group of crossed) {
      expect(daysBetween(designedDay(group), OPTIONS.end)).toBeLessThan(270);
    }
  });

  it('holds each crossing in the rolled-up history near its designed day', () => {
    // Prepare / Act
    const gaps = crossed.map((group) =>
      daysBetween(designedDay(group), firstCrossing(group)!),
    );
    // Assess
    for (const gap of gaps) {
      expect(gap).toBeGreaterThanOrEqual(-EARLY_DAYS);
      expect(gap).toBeLessThanOrEqual(LATE_DAYS);
    }
  });

  it('shows the augment in the traffic: half as full after it', () => {
    // Prepare
    const after = crossed.map((group) => {
      const upgrade = addDays(plan.firstDay, group.demand.upgradeDay!);
      const days = peaks().get(group.name)!;
      const at = days.findIndex((d) => d.dt >= upgrade);
      return { before: days[at - 1]!.u, after: days[at + 1]!.u };
    });
    // Assess: capacity doubled, so utilization halves (within the noise)
    for (const { before, after: later } of after) {
      expect(later / before).toBeGreaterThan(0.4);
      expect(later / before).toBeLessThan(0.6);
    }
  });

  it('replays the listed augment once: the capacity the traffic reported', () => {
    // Prepare: links.csv shows the capacity before the augment, which
    // augments.csv lists; the traffic reported the doubled capacity.
    const own = {
      links: inventory().links.filter((l) => l.group === recorded.name),
      augments: inventory().augments.filter((a) => a.group === recorded.name),
    };
    const listed = own.links.reduce((sum, l) => sum + l.capacityBps, 0);
    const reported = Math.max(...recordedHistory().capacity.slice(-7));

    // Act: the inventory the backtest replays two weeks after it
    const then = inventoryAsOf(own, [recordedHistory()], afterAugment);
    const counted =
      then.links.reduce((sum, l) => sum + l.capacityBps, 0) +
      then.augments
        .filter((a) => a.inServiceDate <= afterAugment)
        .reduce((sum, a) => sum + a.addedBps, 0);

    // Assess: the augment counted once (not 3× links.csv), within 1e-9
    expect(own.augments).toHaveLength(1);
    expect(reported / listed).toBeCloseTo(2, 9);
    expect(counted / reported).toBeCloseTo(1, 9);
  });

  it('is found by the backtest: an alert before each crossing, no miss', () => {
    // Prepare
    const cases = result().cases.filter((c) =>
      crossed.some((g) => g.name === c.group),
    );
    // Act
    const found = crossed.map((group) => {
      const own = cases.filter((c) => c.group === group.name);
      const hits = own.filter((c) => c.outcome === 'true-positive');
      return {
        group,
        misses: own.filter((c) => c.outcome === 'false-negative').length,
        crossing: hits.map((c) => c.actualCrossing!).sort()[0],
        predictedAhead: hits.some((c) => c.asOf < c.actualCrossing!),
      };
    });
    // Assess
    for (const group of found) {
      expect(group.misses).toBe(0);
      expect(group.predictedAhead).toBe(true);
      // The backtest's truth is the crossing the history holds.
      expect(group.crossing).toBe(firstCrossing(group.group));
    }
  });
});
