import { describe, expect, it } from 'vitest';
import { compareAccuracyRows } from '#lib/report/accuracy';
import { pct, signed } from '#lib/report/accuracy-columns';
import type { AccuracyRow } from '#lib/report/accuracy-row';
import { summarizeSums } from '#lib/report/accuracy-summary';
import {
  mergeAccuracyTallies,
  tallyAccuracy,
} from '#lib/report/accuracy-tally';
import { renderAccuracy } from '#lib/report/render-accuracy';
import { syntheticAccuracy } from '../../fixtures/report/accuracy-rows.ts';
import { syntheticInput } from '../../fixtures/report/synthetic-input.ts';

// 200 ISPs of five groups compared by 5 runs at three horizons: 18,000
// rows, 3,000 of them ISP rows (more than the chart's 2,000, many on one
// target date), in `computeAccuracy`'s order as publish merged them.
const fleet = syntheticInput(200, 5, 10);
const rows = syntheticAccuracy(fleet, 5).sort(compareAccuracyRows);

/** The rows cut into `n` shards of whole ISPs, every n-th ISP in each. */
function shardsOf(all: readonly AccuracyRow[], n: number): AccuracyRow[][] {
  const isps = [...new Set(all.map((r) => r.isp))];
  const shard = new Map(isps.map((isp, i) => [isp, i % n]));
  const parts: AccuracyRow[][] = Array.from({ length: n }, () => []);
  for (const r of all) parts[shard.get(r.isp)!]!.push(r);
  return parts;
}

// What the page computed from every row before tallies: the means of the
// rows in their merged order, and the chart's sort of them.
const meanOf = (xs: readonly AccuracyRow[], f: (r: AccuracyRow) => number) =>
  xs.reduce((s, r) => s + f(r), 0) / xs.length;
function chartBefore(all: readonly AccuracyRow[]): AccuracyRow[] {
  return all
    .filter((r) => r.level === 'isp' && r.actualBps > 0 && r.meanBps > 0)
    .sort((a, b) => b.targetDate.localeCompare(a.targetDate))
    .slice(0, 2000);
}
function overallBefore(all: readonly AccuracyRow[], horizonDays: number) {
  const g = all.filter(
    (r) => r.level === 'isp' && r.horizonDays === horizonDays,
  );
  const mape = meanOf(g, (r) => Math.abs(r.errorPct));
  const bias = meanOf(g, (r) => r.errorPct);
  const inside = meanOf(g, (r) => (r.inInterval ? 1 : 0));
  const above = meanOf(g, (r) => (r.aboveUpper ? 1 : 0));
  return `${horizonDays} days ahead: MAPE ${pct(mape)}, signed ${signed(bias)}, inside interval ${pct(inside * 100)}, above upper bound ${pct(above * 100)} against a calibrated 10% (${g.length} comparisons).`;
}

describe('mergeAccuracyTallies', () => {
  it("merges the shards' tallies into the tally of all their rows", () => {
    // Prepare
    const shards = shardsOf(rows, 7).map((r) => tallyAccuracy(r, 80));

    // Act
    const merged = mergeAccuracyTallies(shards);

    // Assess
    expect(merged).toEqual(tallyAccuracy(rows, 80));
    expect(merged.sums).toHaveLength(3_600);
    expect(merged.chart).toHaveLength(2_000);
  });

  it("chooses the chart's rows the page chose from every row, in its order", () => {
    // Prepare
    const shards = shardsOf(rows, 7).map((r) => tallyAccuracy(r, 80));

    // Act
    const merged = mergeAccuracyTallies(shards);

    // Assess
    expect(shards.every((s) => s.chart.length <= 2000)).toBe(true);
    expect(merged.chart).toEqual(chartBefore(rows));
  });

  it('gives each series the means of its rows, to the bit', () => {
    // Prepare
    const shards = shardsOf(rows, 7).map((r) => tallyAccuracy(r, 80));
    const isp = rows.find((r) => r.level === 'isp')!;
    const first = rows.filter((r) => r.key === isp.key && r.horizonDays === 30);

    // Act
    const summaries = summarizeSums(mergeAccuracyTallies(shards).sums);

    // Assess
    expect(summaries[0]).toEqual({
      level: 'isp',
      key: isp.key,
      isp: isp.isp,
      horizonDays: 30,
      count: 5,
      bounded: 5,
      mape: meanOf(first, (r) => Math.abs(r.errorPct)),
      biasPct: meanOf(first, (r) => r.errorPct),
      coverage: meanOf(first, (r) => (r.inInterval ? 1 : 0)),
      aboveShare: meanOf(first, (r) => (r.aboveUpper ? 1 : 0)),
    });
  });
});

describe('renderAccuracy of merged tallies', () => {
  it('renders the page of all the rows, with the overall figures the rows gave', async () => {
    // Prepare
    const shards = shardsOf(rows, 7).map((r) => tallyAccuracy(r, 80));

    // Act
    const merged = await renderAccuracy({
      ...fleet,
      accuracy: mergeAccuracyTallies(shards),
    });
    const whole = await renderAccuracy({
      ...fleet,
      accuracy: tallyAccuracy(rows, 80),
    });

    // Assess
    expect(merged).toBe(whole);
    for (const horizon of [30, 60, 90]) {
      expect(merged).toContain(overallBefore(rows, horizon));
    }
  });
});
