import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import type { BacktestResult } from '#lib/domain/backtest';
import { addDays, daysBetween } from '#lib/domain/dates';
import type { Inventory } from '#lib/domain/inventory';
import type { DailySeries } from '#lib/domain/series';
import { inventoryAsOf } from '#lib/pipeline/inventory-as-of';
import { loadInventory } from '#lib/pipeline/load-inventory';
import { toDailyRow, toDailySeries } from '#lib/pipeline/load-series';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { runBacktest } from '#lib/pipeline/run-backtest';
import { CONFIRM_COUNT, CONFIRM_DAYS } from '#lib/rules/judge-decision';
import { buildPlan } from '#lib/sample/build-plan';
import { generateSample } from '#lib/sample/index';
import type { SampleGroup } from '#lib/sample/plan-types';
import { selectSeriesKeysSql } from '#lib/sql/select-series-keys';
import { makeTempDir, openTestEngine, removeDir } from '../../helpers/lake.ts';
import { fixtureDeps } from '../../helpers/rollup-fixture.ts';

// A year and more of history, enough links for three past crossings
// (two IX groups, one PNI bundle; the latest augment, the second IX
// group's, is still in augments.csv).
const OPTIONS = { links: 40, days: 400, seed: 2, end: '2026-11-25' };
const plan = buildPlan({ ...OPTIONS, lastDay: OPTIONS.end });
const crossed = plan.groups.filter((g) => g.demand.outcome === 'crossed');
const recorded = crossed.find((g) => g.demand.recordedAugment)!;
/** A replayed date two weeks after the recorded augment went in. */
const afterAugment = addDays(plan.firstDay, recorded.demand.upgradeDay! + 14);
/**
 * How far the first confirmed crossing may lie from the designed day. The
 * design aims the expected peak of the week's second-busiest day at
 * critical; the first crossing is a first passage of noisy days (2.5 % a
 * day, and the p95 of noisy samples sits a little above the level), so two
 * days reach critical while the expected level is still up to ~7 % below
 * it: at 45–75 %/year, up to ten weeks early, hardly ever late.
 */
const EARLY_DAYS = 70;
const LATE_DAYS = 7;
const critical = DEFAULT_CONFIG.thresholds.default.critical!;

let dir: string;
let peaks: Map<string, { dt: string; u: number }[]>;
let result: BacktestResult;
let inventory: Inventory;
let recordedHistory: DailySeries;

beforeAll(async () => {
  dir = await makeTempDir('sample-crossings');
  await generateSample({ ...OPTIONS, out: dir });
  const engine = await openTestEngine(dir);
  try {
    const deps = fixtureDeps(engine, dir);
    await rollupStage(deps, { asOf: addDays(OPTIONS.end, 1) });
    const daily = await engine.query(
      `SELECT key, dt, peak_bps / capacity_bps AS u FROM series_daily
       WHERE level = 'group' AND samples > 0 ORDER BY key, dt`,
    );
    inventory = await loadInventory(
      deps.inventory,
      DEFAULT_CONFIG,
      deps.inventoryLocation,
    );
    const window = { from: addDays(afterAugment, -60), to: afterAugment };
    const rows = await engine.query(
      selectSeriesKeysSql({ ...window, level: 'group', keys: [recorded.name] }),
    );
    recordedHistory = toDailySeries(rows.map(toDailyRow), window)[0]!;
    peaks = new Map();
    for (const row of daily) {
      const key = String(row.key);
      const day = { dt: String(row.dt), u: Number(row.u) };
      peaks.set(key, [...(peaks.get(key) ?? []), day]);
    }
    result = await runBacktest(
      { ...deps, clock: { now: () => new Date('2026-11-26T06:00:00Z') } },
      { from: addDays(OPTIONS.end, -270), to: OPTIONS.end, everyDays: 30 },
    );
  } finally {
    await engine.close();
  }
}, 300_000);

afterAll(() => removeDir(dir));

/** First day at critical that recurs within a week, in the traffic's terms. */
function firstCrossing(group: SampleGroup): string | undefined {
  const days = peaks.get(group.name) ?? [];
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
      const days = peaks.get(group.name)!;
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
      links: inventory.links.filter((l) => l.group === recorded.name),
      augments: inventory.augments.filter((a) => a.group === recorded.name),
    };
    const listed = own.links.reduce((sum, l) => sum + l.capacityBps, 0);
    const reported = Math.max(...recordedHistory.capacity.slice(-7));

    // Act: the inventory the backtest replays two weeks after it
    const then = inventoryAsOf(own, [recordedHistory], afterAugment);
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
    const cases = result.cases.filter((c) =>
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
