import { describe, expect, it } from 'vitest';
import { forecastSeries } from '#lib/forecast/index';
import { buildStepSeries, type StepCase } from '../../helpers/step-series.ts';

const H = 14;
const LEVELS = [80, 95];
const at = (
  name: string,
  stepDays: number,
  ratio: number,
  outageDays = 0,
  noise = 0.03,
): StepCase => ({ name, stepDays, ratio, outageDays, noise });

const STEPS: StepCase[] = [1.7, 1.5, 0.45, 0.5, 0.3].flatMap((ratio) =>
  [3, 5, 7, 10].map((d) =>
    at(
      `${ratio > 1 ? '+' : '−'}${Math.round(Math.abs(ratio - 1) * 100)} % ${d} days`,
      d,
      ratio,
    ),
  ),
);
const OTHERS: StepCase[] = [
  at('outage 1 day', 0, 1, 1),
  at('outage 2 days', 0, 1, 2),
  { ...at('outage 2 days at 30 %', 0, 1, 2), outageLevel: 0.3 },
  at('+70 % 10 days, then outage 2 days', 10, 1.7, 2),
  at('+60 % 7 days, noise 12 %', 7, 1.6, 0, 0.12),
  at('−50 % 7 days, noise 12 %', 7, 0.5, 0, 0.12),
];

/** Figures of one case over the first 14 forecast days. */
function figures(c: StepCase) {
  const { history, expected } = buildStepSeries(c, H);
  const f = forecastSeries(history, { horizon: H, levels: LEVELS });
  const clean = buildStepSeries({ ...c, outageDays: 0 }, H).history;
  const base = forecastSeries(clean, { horizon: H, levels: LEVELS });
  const gap = (a: readonly number[], b: readonly number[]) =>
    Math.max(...a.map((x, i) => Math.abs(x / b[i]! - 1)));
  const inside = f.mean.every(
    (_, i) =>
      f.lower[80]![i]! <= expected[i]! && expected[i]! <= f.upper[80]![i]!,
  );
  return {
    case: c.name,
    'error %': +(100 * gap(f.mean, expected)).toFixed(1),
    'moved by outage %': +(100 * gap(f.mean, base.mean)).toFixed(1),
    'new level in 80 %': inside,
    step: f.step
      ? `${f.step.changePct > 0 ? '+' : ''}${f.step.changePct} % ${f.step.days} d${f.step.followed ? ' followed' : ''}`
      : '',
  };
}

describe('steps and outages at the end of the history (known answers)', () => {
  const rows = [...STEPS, ...OTHERS].map((c) => ({ c, r: figures(c) }));
  // The figures the targets name, printed for the report.
  console.table(rows.map(({ r }) => r));

  it.each(rows.filter(({ c }) => c.stepDays >= 7 && c.outageDays === 0))(
    'follows a step held 7 days or more within 15 %: $c.name',
    ({ r }) => {
      expect(r['error %']).toBeLessThan(15);
    },
  );

  it.each(rows.filter(({ c }) => c.stepDays >= 3))(
    'the 80 % interval contains the new level from day 3: $c.name',
    ({ r }) => {
      expect(r['new level in 80 %']).toBe(true);
    },
  );

  it.each(rows.filter(({ c }) => c.stepDays === 3))(
    'does not follow a step in the mean on day 3: $c.name',
    ({ r }) => {
      expect(r.step).toMatch(/ 3 d$/);
    },
  );

  it('follows a rise on day 5 but not yet a fall', () => {
    const up = rows.find(({ c }) => c.stepDays === 5 && c.ratio > 1)!.r;
    const down = rows.find(({ c }) => c.stepDays === 5 && c.ratio < 1)!.r;
    expect(up.step).toMatch(/followed/);
    expect(down.step).not.toMatch(/followed/);
  });

  it.each(rows.filter(({ c }) => c.stepDays === 0))(
    'an outage at the end moves the first 14 days by less than 10 %: $c.name',
    ({ r }) => {
      expect(r.step).toBe('');
      expect(r['moved by outage %']).toBeLessThan(10);
    },
  );

  it('follows a step that an outage at the end interrupts', () => {
    const r = rows.find(({ c }) => c.stepDays > 0 && c.outageDays > 0)!.r;
    expect(r.step).toMatch(/^\+7\d(\.\d)? % 10 d followed$/);
    expect(r['error %']).toBeLessThan(15);
  });
});
