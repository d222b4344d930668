/**
 * The rise threshold chosen leave-one-family-out (docs/architecture.md
 * "The forecast engine", Intervals): the production setting is run with
 * each threshold of `RISE_GRID` (none, then finer), its bounds at the
 * narrowest widening; each fold chooses the threshold and the widening
 * per level and side as the main section chooses the interval scale
 * (`choose`: the pooled share of days outside each bound closest to
 * nominal on the other four families; a tie keeps the grid's earlier,
 * more cautious entry) and is scored on the fifth. The production
 * threshold is the choice of most folds (a tie of counts, the earlier).
 */
import {
  DEFAULT_RISE,
  DEFAULT_SETTING,
  RISE_GRID,
  riseId,
  WIDEN_GRID,
} from '#lib/forecast/index';
import { type Case, FAMILIES } from './data.ts';
import { settingRuns } from './forecast-all.ts';
import { choose, type SettingRun, scoreChoice } from './lofo.ts';
import { describe, mostChosen } from './production.ts';
import { type CaseScore, summaryLine } from './score.ts';

/** The production setting run at each threshold (`level/rise…`). */
function riseRuns(cases: readonly Case[]): SettingRun[] {
  const settings = RISE_GRID.map((rise) => ({ ...DEFAULT_SETTING, rise }));
  return settingRuns(
    cases,
    settings,
    (s) => `${s.scaleBy}/${riseId(s.rise ?? DEFAULT_RISE)}`,
  );
}

/** Each family scored with what `choose` takes among `runs` on the rest. */
function leaveOneOut(runs: readonly SettingRun[], cases: readonly Case[]) {
  const all = cases.map((_, i) => i);
  const scores = new Map<number, CaseScore>();
  const folds = FAMILIES.map((fam) => {
    const train = all.filter((i) => cases[i]!.family !== fam);
    const fold = choose(runs, cases, train, WIDEN_GRID);
    const held = all.filter((i) => cases[i]!.family === fam);
    for (const [i, s] of scoreChoice(runs, fold.choice, held)) scores.set(i, s);
    return { fam, ...fold };
  });
  return { folds, scores: all.map((i) => scores.get(i)!) };
}

/**
 * Print the rise threshold's LOFO section.
 *
 * @param cases - the shared cases
 */
export function riseSection(cases: readonly Case[]): void {
  const runs = riseRuns(cases);
  console.log(
    `\nrise threshold on ${DEFAULT_SETTING.id}: ${RISE_GRID.map(riseId).join(', ')}`,
  );
  const { folds, scores } = leaveOneOut(runs, cases);
  for (const f of folds) {
    const gaps = f.scaleRanking.map(
      (r, k) => `${r.split('/')[1]} ${f.scaleGaps[k]!.toFixed(2)}`,
    );
    console.log(
      `fold ${f.fam.padEnd(7)} chosen on the other four: ${describe(f.choice)} (gap in points: ${gaps.join(', ')})`,
    );
  }
  console.log(summaryLine('rise threshold, LOFO', scores));
  const all = cases.map((_, i) => i);
  for (const run of runs) {
    const alone = leaveOneOut([run], cases).scores;
    const fit = choose([run], cases, all, WIDEN_GRID).choice;
    console.log(summaryLine(`  ${run.scaleBy}, widening LOFO`, alone));
    const inSample = [...scoreChoice([run], fit, all).values()];
    console.log(summaryLine(`  ${run.scaleBy}, in-sample`, inSample));
  }
  const picks = folds.map(
    (f) => RISE_GRID[runs.findIndex((r) => r.scaleBy === f.choice.scaleBy)]!,
  );
  console.log(
    `production (the choice of most folds): ${riseId(mostChosen(picks, RISE_GRID))}; in the code: ${riseId(DEFAULT_RISE)}`,
  );
}
