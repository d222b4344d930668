/**
 * How a past change of level widens the forecast's upper bound
 * (docs/benchmarks.md, session 51): a year of daily peaks growing 10 % a
 * year with a weekly pattern and 2 % noise, whose level changes once by
 * `change` (−40 % … +40 %; +10 and +15 % about the rise threshold,
 * `DEFAULT_RISE`), forecast `after` days later; the mean and
 * the 80 % upper bound at 7, 90, 180 and 365 days ahead, each over the
 * true level then. Without a change both stay within a few per cent; the
 * decision (order-by, ask) reads the upper bound up to a year ahead.
 *
 * Run: npx tsx bench/step-widening.ts
 */
import { forecastSeries } from '#lib/forecast/index';
import { mulberry32, normal } from '#lib/sample/prng';

const WEEK = [1, 1.04, 1.06, 1.05, 1.02, 0.9, 0.88];
const AT = 365;
const AHEAD = [7, 90, 180, 365];

console.log(
  `change  after  mean ${AHEAD.map((h) => `h${h}`.padStart(5)).join('')}` +
    `   up80 ${AHEAD.map((h) => `h${h}`.padStart(5)).join('')}  step`,
);
for (const change of [0, -0.1, -0.2, -0.3, -0.4, 0.1, 0.15, 0.2, 0.4]) {
  for (const after of [7, 14, 28, 42, 60, 90]) {
    const rng = mulberry32(7);
    const level = (t: number) =>
      18e9 * (1 + (0.1 * t) / 365) * WEEK[t % 7]! * (t >= AT ? 1 + change : 1);
    const n = AT + after;
    const values = Array.from(
      { length: n },
      (_, t) => level(t) * (1 + 0.02 * normal(rng)),
    );
    const f = forecastSeries(values, { horizon: 365, levels: [80, 95] });
    const ratios = (xs: readonly number[]) =>
      AHEAD.map((h) =>
        (xs[h - 1]! / level(n + h - 1)).toFixed(2).padStart(5),
      ).join('');
    console.log(
      `${`${(change * 100).toFixed(0)} %`.padStart(6)} ${`${after} d`.padStart(6)}` +
        `       ${ratios(f.mean)}        ${ratios(f.upper[80]!)}  ` +
        `${f.step ? `${f.step.direction} ${f.step.days} d` : '-'}`,
    );
  }
}
