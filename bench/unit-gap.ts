/**
 * `npx tsx bench/unit-gap.ts`: does a forecast depend on the unit of its
 * series? Each shared case (`bench:accuracy`'s) is forecast as it is and
 * times c for c in {1e-3, 3.7, 1e3, 1e9}; the gap is the largest
 * |forecast(c·y)/c − forecast(y)| over the means and the 80/95 % bounds,
 * relative to the series' largest magnitude. Printed per model of
 * `ALL_MODELS` (alone, on the gap-filled train part) and for the whole
 * engine (default setting).
 */
import {
  ALL_MODELS,
  forecastSeries,
  type PointForecast,
} from '#lib/forecast/index';
import { fillGaps } from '#lib/forecast/prepare';
import { datasetsDir, loadCases } from './accuracy/data.ts';

const H = 90;
const LEVELS = [80, 95];
const FACTORS = [1e-3, 3.7, 1e3, 1e9];

function gap(a: PointForecast, b: PointForecast, c: number, top: number) {
  const rows = (f: PointForecast) => [
    f.mean,
    ...LEVELS.flatMap((l) => [f.lower[l]!, f.upper[l]!]),
  ];
  const ra = rows(a);
  const rb = rows(b);
  let worst = 0;
  ra.forEach((xs, r) => {
    xs.forEach((x, i) => {
      const d = Math.abs(rb[r]![i]! / c - x) / top;
      worst = Math.max(worst, Number.isNaN(d) ? Infinity : d);
    });
  });
  return worst;
}

function main() {
  const { dir } = datasetsDir();
  if (dir === undefined) throw new Error('no shared datasets');
  const cases = loadCases(dir);
  const series = cases.map((c) => fillGaps(c.train).values);
  const tops = series.map((y) => Math.max(...y.map(Math.abs)));
  const header = FACTORS.map((c) => `c=${c}`.padStart(11)).join(' ');
  console.log(`${cases.length} cases; worst gap relative to the series' max`);
  console.log(`${'model'.padEnd(22)} ${header}  worst case at c=1e-3`);
  const report = (
    name: string,
    f: (y: readonly number[]) => PointForecast,
    inputs: readonly (readonly number[])[],
  ) => {
    const base = inputs.map(f);
    let at = '';
    const cells = FACTORS.map((c) => {
      let worst = 0;
      inputs.forEach((y, i) => {
        const g = gap(base[i]!, f(y.map((v) => v * c)), c, tops[i]!);
        if (g > worst) {
          worst = g;
          if (c === 1e-3) at = cases[i]!.id;
        }
      });
      return worst.toExponential(1).padStart(11);
    });
    console.log(`${name.padEnd(22)} ${cells.join(' ')}  ${at}`);
  };
  for (const m of ALL_MODELS) {
    report(m.name, (y) => m.forecast(y, 7, H, LEVELS), series);
  }
  const train = cases.map((c) => c.train);
  report(
    'ENGINE (default)',
    (y) => forecastSeries(y, { horizon: H, levels: LEVELS, season: 7 }),
    train,
  );
}

main();
