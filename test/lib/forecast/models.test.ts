import { describe, expect, it } from 'vitest';
import { ALL_MODELS } from '#lib/forecast/index';
import { trafficSeries } from '../../fixtures/forecast/series.ts';

const LEVELS = [80, 95];
const inputs: [string, number[]][] = [
  ['a short series', trafficSeries(14, 1)],
  ['a year', trafficSeries(365, 2)],
  ['three years', trafficSeries(1100, 3, { growth: 0.5 })],
  ['values around zero', trafficSeries(120, 4, { level: 1, noise: 2 })],
  // Data a link gives: idle, unchanging, or a 400G link's bps (1e12);
  // 20 days, too few for prophet-trend's 25 changepoints (it places 15).
  ['a constant series', Array<number>(60).fill(5)],
  ['zeros', Array<number>(60).fill(0)],
  ['a link at 1e12 bps', trafficSeries(800, 8, { level: 1e12 })],
  ['20 days', trafficSeries(20, 9)],
];

const UNIT_CASES: [string, number[]][] = [
  [
    'a weekly series below 1',
    trafficSeries(400, 5, { level: 0.8, weekly: 0.2 }),
  ],
  ['three years of growth', trafficSeries(1100, 3, { growth: 0.5 })],
];

describe.each(ALL_MODELS.map((m) => [m.name, m] as const))(
  'model %s',
  (_name, model) => {
    it.each(inputs)('gives a sound forecast for %s', (_label, values) => {
      // Prepare
      const horizon = 45;

      // Act
      const f = model.forecast(values, 7, horizon, LEVELS);

      // Assess
      expect(f.mean).toHaveLength(horizon);
      for (const level of LEVELS) {
        expect(f.lower[level]).toHaveLength(horizon);
        expect(f.upper[level]).toHaveLength(horizon);
      }
      f.mean.forEach((m, i) => {
        const [l80, u80, l95, u95] = [
          f.lower[80]![i]!,
          f.upper[80]![i]!,
          f.lower[95]![i]!,
          f.upper[95]![i]!,
        ];
        expect([m, l80, u80, l95, u95].every(Number.isFinite)).toBe(true);
        expect(l95).toBeLessThanOrEqual(l80);
        expect(l80).toBeLessThanOrEqual(m);
        expect(m).toBeLessThanOrEqual(u80);
        expect(u80).toBeLessThanOrEqual(u95);
      });
    });

    it('forecasts exactly what fit then predict give', () => {
      // Prepare
      const values = trafficSeries(400, 5);

      // Act
      const direct = model.forecast(values, 7, 30, LEVELS);
      const twoStep = model.predict(model.fit(values, 7), 30, LEVELS);

      // Assess
      expect(direct).toEqual(twoStep);
    });

    it('forecasts the values an array holds now, after an in-place change', () => {
      // Prepare: a caller reusing one buffer (the caches keyed by array must
      // not hand back the logs or decomposition of what it held before).
      const values = trafficSeries(200, 7);
      model.forecast(values, 7, 30, LEVELS);
      for (let i = 0; i < values.length; i += 1) values[i]! *= 3;

      // Act
      const reused = model.forecast(values, 7, 30, LEVELS);

      // Assess
      expect(reused).toEqual(model.forecast([...values], 7, 30, LEVELS));
    });

    it('fits its minimum length', () => {
      // Prepare
      const values = trafficSeries(model.minLength, 6);

      // Act
      const f = model.forecast(values, 7, 10, LEVELS);

      // Assess
      expect(f.mean.every(Number.isFinite)).toBe(true);
    });

    it.each(UNIT_CASES)(
      'forecasts %s times c as c times its forecast',
      (_label, values) => {
        // Prepare: the same series in another unit (Gbps, MB, bps).
        const top = Math.max(...values);
        const base = model.forecast(values, 7, 90, LEVELS);

        // Act
        const gaps = [3.7, 1e-3, 1e9].map((c) => {
          const f = model.forecast(
            values.map((v) => v * c),
            7,
            90,
            LEVELS,
          );
          return Math.max(
            ...[f.mean, f.lower[80]!, f.upper[95]!].flatMap((xs, r) =>
              xs.map((x, i) => {
                const b = [base.mean, base.lower[80]!, base.upper[95]!][r]!;
                return Math.abs(x / c - b[i]!) / top;
              }),
            ),
          );
        });

        // Assess: rounding only (a ridge on a log-scale intercept or a
        // ratio of logs left gaps of 1e-10 to 10 times the series' top).
        expect(Math.max(...gaps)).toBeLessThan(1e-11);
      },
    );
  },
);
