/**
 * How often a young series' traffic passes its 80 % upper bound
 * (docs/benchmarks.md, session 62): every daily series of a rolled lake
 * (links, groups, ISPs), cut to its first `n` days (1–10) from every
 * third day on, forecast as a run does, and the next 30 days read
 * against the bound. Nominal: 10 % of days above it. Also the windows
 * whose bound has no width (under 0.1 % of the level), and the mean's
 * absolute error over those days, in % of the level of the days seen.
 *
 * Run: npx tsx bench/young-bounds.ts --lake DIR (a lake a run has
 *   rolled, with series_daily: `headroom run --lake DIR ...`)
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { forecastSeries } from '#lib/forecast/index';
import { benchArgs } from './bench-args.ts';

const AHEAD = 30;
const { values: args } = benchArgs(import.meta.url, {
  options: { lake: { type: 'string' } },
});
if (!args.lake) throw new Error('--lake DIR is needed');

const series = await readSeries(args.lake);
console.log('days  windows  above u80 (30 d)  no width  error (30 d)');
for (let n = 1; n <= 10; n += 1) {
  let above = 0;
  let days = 0;
  let narrow = 0;
  let windows = 0;
  let error = 0;
  for (const values of series) {
    for (let from = 0; from + n + AHEAD <= values.length; from += 3) {
      const past = values.slice(from, from + n);
      const level = past.reduce((a, b) => a + b, 0) / n;
      if (!(level > 0)) continue;
      const f = forecastSeries(past, { horizon: AHEAD, levels: [80] });
      const upper = f.upper[80]!;
      windows += 1;
      if (upper[0]! - f.mean[0]! < 1e-3 * level) narrow += 1;
      for (let h = 0; h < AHEAD; h += 1) {
        days += 1;
        const actual = values[from + n + h]!;
        if (actual > upper[h]!) above += 1;
        error += Math.abs(actual - f.mean[h]!) / level;
      }
    }
  }
  const share = ((100 * above) / days).toFixed(1);
  const mae = ((100 * error) / days).toFixed(2);
  console.log(
    `${String(n).padStart(4)}  ${String(windows).padStart(7)}  ` +
      `${share.padStart(14)} %  ${String(narrow).padStart(8)}  ` +
      `${mae.padStart(9)} %`,
  );
}

/** Each series' daily peaks in date order. */
async function readSeries(lake: string): Promise<number[][]> {
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  const reader = await connection.runAndReadAll(
    `SELECT list(peak_bps ORDER BY dt) FROM read_parquet(
      '${lake}/series_daily/*/*.parquet', hive_partitioning = true)
     GROUP BY level, key`,
  );
  return reader
    .getRows()
    .map(([peaks]) => (peaks as { items: number[] }).items.map(Number));
}
