/**
 * `npm run bench:accuracy [-- [--models] [--write FILE]]`: the engine on
 * the shared cases (`../shared/datasets/daily`, or `HEADROOM_DATASETS`;
 * 90 days, levels 80/95, period 7), scored as the datasets' scoring tool does, with
 * an honest leave-one-family-out (LOFO) protocol: every setting of
 * `SETTING_GRID` (and every interval widening of `WIDEN_GRID`) is chosen on
 * four families and scored on the fifth. Prints the choice of each fold,
 * the LOFO and in-sample figures per family beside the peers, and the
 * setting with the best mean LOFO rank (the production default); then
 * the step rule's thresholds, the rise threshold, the no-backtest
 * widening, the widening per week ahead of a series of a week of days
 * or fewer and of one of 8–27 days, and the weight of the days' spread
 * in the latter's, each chosen LOFO on the production setting in its own
 * section.
 * `--models` adds each model alone.
 */
import { DEFAULT_SETTING, SETTING_GRID, WIDEN_GRID } from '#lib/forecast/index';
import {
  type Case,
  datasetsDir,
  FAMILIES,
  loadCases,
} from './accuracy/data.ts';
import {
  H,
  pointOf,
  settingRuns,
  writeForecasts,
} from './accuracy/forecast-all.ts';
import { choose, type SettingRun, scoreChoice } from './accuracy/lofo.ts';
import { noBacktestSection } from './accuracy/no-backtest.ts';
import { blendWarning, describe, production } from './accuracy/production.ts';
import { riseSection } from './accuracy/rises.ts';
import type { CaseScore } from './accuracy/score.ts';
import { stepSection } from './accuracy/steps.ts';
import { modelsTable, summaryTable } from './accuracy/summary-table.ts';
import { youngDaysSection } from './accuracy/young-days.ts';
import { youngWeeksSection } from './accuracy/young-weeks.ts';
import { benchArgs } from './bench-args.ts';

const { values } = benchArgs(import.meta.url, {
  options: { models: { type: 'boolean' }, write: { type: 'string' } },
});

function run(): void {
  const { dir, tried } = datasetsDir();
  if (dir === undefined) {
    console.log(
      `bench:accuracy skipped: the evaluation cases (daily/train.csv) are not in any of ${tried.join(', ')}; set HEADROOM_DATASETS to their folder.`,
    );
    return;
  }
  const cases = loadCases(dir);
  console.log(
    `${cases.length} cases from ${dir}, horizon ${H}, levels 80/95, period 7; ${SETTING_GRID.length} settings × widening ${WIDEN_GRID.join('/')}.`,
  );
  if (values.models) modelsTable(cases);
  const runs = settingRuns(cases);
  const { lofo, folds } = leaveOneFamilyOut(runs, cases);
  const all = cases.map((_, i) => i);
  const prod = production(runs, cases, folds);
  const inSample = choose(runs, cases, all, WIDEN_GRID).choice;
  const { lower, upper } = DEFAULT_SETTING.widen;
  console.log(
    `production default (best mean LOFO rank): ${describe(prod)}; in the code: ${DEFAULT_SETTING.id}, widen below ${lower[80]}/${lower[95]}, above ${upper[80]}/${upper[95]}`,
  );
  console.log(
    `in-sample best (chosen on all five, optimistic): ${describe(inSample)}`,
  );
  const warning = blendWarning(inSample, pointOf(DEFAULT_SETTING));
  if (warning !== undefined) console.log(warning);
  summaryTable(dir, cases, { runs, lofo, inSample });
  stepSection(cases);
  riseSection(cases);
  noBacktestSection(cases);
  youngDaysSection(cases);
  youngWeeksSection(cases);
  if (values.write !== undefined) writeForecasts(values.write, cases);
  // Again at the end, where a reader of the long output looks first.
  if (warning !== undefined) console.log(`\n${warning}`);
}

/** Each family scored with the choice made on the other four. */
function leaveOneFamilyOut(runs: SettingRun[], cases: readonly Case[]) {
  const all = cases.map((_, i) => i);
  const lofo = new Map<number, CaseScore>();
  const folds = FAMILIES.map((fam) => {
    const train = all.filter((i) => cases[i]!.family !== fam);
    const held = all.filter((i) => cases[i]!.family === fam);
    const fold = choose(runs, cases, train, WIDEN_GRID);
    for (const [i, s] of scoreChoice(runs, fold.choice, held)) lofo.set(i, s);
    console.log(
      `fold ${fam.padEnd(7)} chosen on the other four: ${describe(fold.choice)} (next: ${fold.ranking.slice(1, 3).join(', ')})`,
    );
    return fold;
  });
  return { lofo, folds };
}

run();
