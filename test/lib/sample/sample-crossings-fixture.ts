import { afterAll, beforeAll } from 'vitest';
import { BACKTEST_FLAGS } from '#lib/cli/backtest';
import { DEFAULT_CONFIG } from '#lib/config';
import type { BacktestResult } from '#lib/domain/backtest';
import { addDays } from '#lib/domain/dates';
import type { Inventory } from '#lib/domain/inventory';
import type { DailySeries } from '#lib/domain/series';
import { loadInventory } from '#lib/pipeline/load-inventory';
import { toDailyRow, toDailySeries } from '#lib/pipeline/load-series';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { runBacktest } from '#lib/pipeline/run-backtest';
import { buildPlan } from '#lib/sample/build-plan';
import { generateSample } from '#lib/sample/index';
import { selectSeriesKeysSql } from '#lib/sql/select-series-keys';
import { makeTempDir, openTestEngine, removeDir } from '../../helpers/lake.ts';
import { fixtureDeps } from '../../helpers/rollup-fixture.ts';

// A year and more of history, enough links for three past crossings
// (two IX groups, one PNI bundle; the latest augment, the second IX
// group's, is still in augments.csv).
export const OPTIONS = { links: 40, days: 400, seed: 2, end: '2026-11-25' };
export const plan = buildPlan({ ...OPTIONS, lastDay: OPTIONS.end });
export const crossed = plan.groups.filter(
  (g) => g.demand.outcome === 'crossed',
);
export const recorded = crossed.find((g) => g.demand.recordedAugment)!;
/** A replayed date two weeks after the recorded augment went in. */
export const afterAugment = addDays(
  plan.firstDay,
  recorded.demand.upgradeDay! + 14,
);
/**
 * How far the first confirmed crossing may lie from the designed day. The
 * design aims the expected peak of the week's second-busiest day at
 * critical; the first crossing is a first passage of noisy days (2.5 % a
 * day, and the p95 of noisy samples sits a little above the level), so two
 * days reach critical while the expected level is still up to ~7 % below
 * it: at 45–75 %/year, up to ten weeks early, hardly ever late.
 */
export const EARLY_DAYS = 70;
export const LATE_DAYS = 7;
export const critical = DEFAULT_CONFIG.thresholds.default.critical!;

/**
 * Generates the sample of OPTIONS before the calling file's tests, rolls
 * it up and backtests its last 270 days every 30 days; removes it after.
 *
 * @returns getters of each group's daily utilization, the backtest's
 *   result, the inventory and the recorded group's last 60 days
 */
export function useCrossings() {
  let dir: string;
  let crossings: Crossings;

  beforeAll(async () => {
    dir = await makeTempDir('sample-crossings');
    crossings = await loadCrossings(dir);
  }, 300_000);

  afterAll(() => removeDir(dir));

  return {
    peaks: () => crossings.peaks,
    result: () => crossings.result,
    inventory: () => crossings.inventory,
    recordedHistory: () => crossings.recordedHistory,
  };
}

/** What the tests read of the rolled-up, backtested sample. */
interface Crossings {
  /** Each group's daily utilization (p95 / capacity), by day. */
  readonly peaks: Map<string, { dt: string; u: number }[]>;
  readonly result: BacktestResult;
  readonly inventory: Inventory;
  /** The recorded group's 60 days up to `afterAugment`. */
  readonly recordedHistory: DailySeries;
}

/** Generates the sample into `dir`, rolls it up and backtests it. */
async function loadCrossings(dir: string): Promise<Crossings> {
  await generateSample({ ...OPTIONS, out: dir });
  const engine = await openTestEngine(dir);
  try {
    const deps = fixtureDeps(engine, dir);
    await rollupStage(deps, { asOf: addDays(OPTIONS.end, 1) });
    const daily = await engine.query(
      `SELECT key, dt, peak_bps / capacity_bps AS u FROM series_daily
       WHERE level = 'group' AND samples > 0 ORDER BY key, dt`,
    );
    const inventory = await loadInventory(
      deps.inventory,
      DEFAULT_CONFIG,
      deps.inventoryLocation,
    );
    const window = { from: addDays(afterAugment, -60), to: afterAugment };
    const rows = await engine.query(
      selectSeriesKeysSql({
        ...window,
        level: 'group',
        keys: [recorded.name],
      }),
    );
    const recordedHistory = toDailySeries(rows.map(toDailyRow), window)[0]!;
    const peaks = new Map<string, { dt: string; u: number }[]>();
    for (const row of daily) {
      const key = String(row.key);
      const day = { dt: String(row.dt), u: Number(row.u) };
      peaks.set(key, [...(peaks.get(key) ?? []), day]);
    }
    const result = await runBacktest(
      { ...deps, clock: { now: () => new Date('2026-11-26T06:00:00Z') } },
      { from: addDays(OPTIONS.end, -270), to: OPTIONS.end, everyDays: 30 },
      BACKTEST_FLAGS,
    );
    // A given range is never skipped.
    if (result.kind === 'backtest-skipped') throw new Error(result.reason);
    return { peaks, result, inventory, recordedHistory };
  } finally {
    await engine.close();
  }
}
