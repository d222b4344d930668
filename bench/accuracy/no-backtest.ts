/**
 * The widening of forecasts made without a backtest, chosen
 * leave-one-family-out (docs/architecture.md "The forecast engine",
 * short series): every shared case cut to its last K days, K from
 * `MIN_SELECT_LENGTH` to the last length with no backtest origin (28,
 * 35, …, 77 at the horizon of 90), forecast by the production setting
 * without that widening; each
 * fold picks the factor per level (both sides alike: the model's own
 * intervals are symmetric) whose pooled coverage is closest to nominal
 * on the other four families' windows (`fitWidening`, as the main
 * section does per side) and is scored on the fifth's. The production
 * factors are the median of the five folds'; the code's
 * (`DEFAULT_SETTING.widenAlone`) is printed beside them.
 */
import {
  DEFAULT_SETTING,
  forecastSeries,
  NO_BACKTEST_MODEL,
  WIDEN_GRID,
} from '#lib/forecast/index';
import { median } from '#lib/forecast/stats';
import { type Case, cut, FAMILIES, type Scored } from './data.ts';
import { H, LEVELS } from './forecast-all.ts';
import type { SettingRun } from './lofo.ts';
import { type CaseScore, scoreCase, summarize } from './score.ts';
import { fitWidening } from './widening.ts';

/** Lengths cut, in days: none leaves a backtest origin at 90 days. */
const LENGTHS = [28, 35, 42, 49, 56, 63, 70, 77];

/** One window: its case's family and its forecast cut to the test days. */
interface Window {
  readonly family: string;
  readonly model: string;
  readonly cut: Scored;
}

function windows(cases: readonly Case[]): Window[] {
  const setting = { ...DEFAULT_SETTING, widenAlone: { 80: 1, 95: 1 } };
  return LENGTHS.flatMap((k) =>
    cases.map((c) => {
      const f = forecastSeries(c.train.slice(-k), {
        horizon: H,
        levels: LEVELS,
        season: 7,
        setting,
      });
      return { family: c.family, model: f.model, cut: cut(c, f) };
    }),
  );
}

const line = (name: string, scores: readonly CaseScore[]) => {
  const s = summarize(scores);
  return `${name.padEnd(40)} MASE ${s.mase.toFixed(3)}  cov80 ${s.cov80.toFixed(1)}  cov95 ${s.cov95.toFixed(1)}  MSIS ${s.msis.toFixed(2)}`;
};

/**
 * Print the no-backtest widening's LOFO section.
 *
 * @param cases - the shared cases
 */
export function noBacktestSection(cases: readonly Case[]): void {
  const alone = NO_BACKTEST_MODEL.name;
  const all = windows(cases).filter((w) => w.model === alone);
  const run: SettingRun = {
    point: 'alone',
    scaleBy: 'own',
    base: 1,
    cut: all.map((w) => w.cut),
  };
  const idx = all.map((_, i) => i);
  console.log(
    `\nno backtest (${alone} alone): ${all.length} windows, the cases' last ${LENGTHS.join(', ')} days`,
  );
  const lofo: CaseScore[] = [];
  const picks = FAMILIES.map((fam) => {
    const pick = fitWidening(
      run,
      idx.filter((i) => all[i]!.family !== fam),
      WIDEN_GRID,
      false,
    );
    const held = idx.filter((i) => all[i]!.family === fam);
    const scores = held.map((i) => scoreCase(run.cut[i]!, pick.w80, pick.w95));
    lofo.push(...scores);
    console.log(line(`fold ${fam} chose ${pick.w80}/${pick.w95}`, scores));
    return pick;
  });
  console.log(
    line(
      'without widening',
      idx.map((i) => scoreCase(run.cut[i]!)),
    ),
  );
  console.log(line('LOFO widening', lofo));
  const [w80, w95] = [
    median(picks.map((p) => p.w80)),
    median(picks.map((p) => p.w95)),
  ];
  const code = DEFAULT_SETTING.widenAlone;
  console.log(
    `production (median of the folds): ${w80}/${w95}; in the code: ${code?.[80]}/${code?.[95]}`,
  );
}
