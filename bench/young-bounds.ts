/**
 * How often a young series' traffic passes its 80 % upper bound
 * (docs/benchmarks.md, session 62): every daily series of a rolled lake
 * (links, groups, ISPs), cut to its first `n` days (1–10, or `--days`) from every
 * third day on, forecast as a run does, and the next 30 days read
 * against the bound. Nominal: 10 % of days above it. Also the windows
 * whose bound has no width (under 0.1 % of the level), and the mean's
 * absolute error over those days, in % of the level of the days seen.
 *
 * With `--days 8-27`, the lengths read are 8–27 (the weekly rule), and
 * the share above the bound 31–90, 91–180 and 181–365 days ahead is
 * added wherever the lake has those days.
 *
 * Run: npx tsx bench/young-bounds.ts --lake DIR [--days 1-10] (a lake a
 *   run has rolled, with series_daily: `headroom run --lake DIR ...`)
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { forecastSeries } from '#lib/forecast/index';
import { benchArgs } from './bench-args.ts';

const AHEAD = 30;
/** Bands of days ahead read after the first 30, where the lake has them. */
const LATER = [
  [31, 90],
  [91, 180],
  [181, 365],
] as const;
const { values: args } = benchArgs(import.meta.url, {
  options: { lake: { type: 'string' }, days: { type: 'string' } },
});
if (!args.lake) throw new Error('--lake DIR is needed');
const [first, last] = (args.days ?? '1-10').split('-').map(Number) as [
  number,
  number,
];

const series = await readSeries(args.lake);
console.log(
  'days  windows  above u80 (30 d)  no width  error (30 d)  above u80 (days ahead: share, windows)',
);
for (let n = first; n <= last; n += 1) {
  let [above, days, narrow, windows, error] = [0, 0, 0, 0, 0];
  const later = LATER.map(() => ({ above: 0, days: 0, windows: 0 }));
  for (const values of series) {
    for (let from = 0; from + n + AHEAD <= values.length; from += 3) {
      const past = values.slice(from, from + n);
      const level = past.reduce((a, b) => a + b, 0) / n;
      if (!(level > 0)) continue;
      const f = forecastSeries(past, { horizon: 365, levels: [80] });
      const upper = f.upper[80]!;
      windows += 1;
      if (upper[0]! - f.mean[0]! < 1e-3 * level) narrow += 1;
      for (let h = 0; h < AHEAD; h += 1) {
        days += 1;
        const actual = values[from + n + h]!;
        if (actual > upper[h]!) above += 1;
        error += Math.abs(actual - f.mean[h]!) / level;
      }
      LATER.forEach(([lo, hi], b) => {
        const end = Math.min(hi, values.length - from - n);
        if (end >= lo) later[b]!.windows += 1;
        for (let h = lo - 1; h < end; h += 1) {
          later[b]!.days += 1;
          if (values[from + n + h]! > upper[h]!) later[b]!.above += 1;
        }
      });
    }
  }
  const share = ((100 * above) / days).toFixed(1);
  const mae = ((100 * error) / days).toFixed(2);
  const bands = later.map((l, b) =>
    l.days === 0
      ? ''
      : `  ${LATER[b]![0]}–${LATER[b]![1]}: ${((100 * l.above) / l.days).toFixed(1)} % (${l.windows})`,
  );
  console.log(
    `${String(n).padStart(4)}  ${String(windows).padStart(7)}  ` +
      `${share.padStart(14)} %  ${String(narrow).padStart(8)}  ` +
      `${mae.padStart(9)} %${bands.join('')}`,
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
