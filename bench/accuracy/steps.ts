/**
 * The step rule's thresholds chosen leave-one-family-out
 * (docs/architecture.md "Steps"): the production setting is run without
 * the rule and with each thresholds of `STEP_GRID` (change, follow days,
 * hold, noise units); each fold picks the thresholds with the best mean
 * over families of log mean MASE on the other four (a tie
 * keeps the grid's earlier, more cautious one) and is scored on the
 * fifth. Prints LOFO mean MASE and coverage without and with the rule.
 */
import {
  DEFAULT_SETTING,
  type EngineSetting,
  STEP_GRID,
  stepId,
} from '#lib/forecast/index';
import { type Case, cut, FAMILIES } from './data.ts';
import { forecastAll } from './forecast-all.ts';
import { rankPoints, type SettingRun } from './lofo.ts';
import { type CaseScore, summaryLine as line, scoreCase } from './score.ts';

function runOf(cases: readonly Case[], setting: EngineSetting, id: string) {
  const fs = forecastAll(cases, setting);
  const stepped = fs.filter((f) => f.step !== undefined).length;
  return {
    run: {
      point: id,
      scaleBy: setting.scaleBy,
      base: 1,
      cut: fs.map((f, i) => cut(cases[i]!, f)),
    } satisfies SettingRun,
    stepped,
  };
}

/**
 * Print the step rule's LOFO section.
 *
 * @param cases - the shared cases
 */
export function stepSection(cases: readonly Case[]): void {
  const off = runOf(cases, { ...DEFAULT_SETTING, step: false }, 'off').run;
  const runs = STEP_GRID.map((step) => {
    const r = runOf(cases, { ...DEFAULT_SETTING, step }, stepId(step));
    return { ...r.run, stepped: r.stepped };
  });
  const all = cases.map((_, i) => i);
  const lofo = new Map<number, CaseScore>();
  const found = new Map<number, number>();
  for (const r of runs) found.set(r.stepped, (found.get(r.stepped) ?? 0) + 1);
  const counts = [...found].map(([n, k]) => `${n} by ${k} entries`);
  console.log(
    `\nstep rule on ${DEFAULT_SETTING.id}, ${runs.length} entries (cases with a step: ${counts.join(', ')})`,
  );
  for (const fam of FAMILIES) {
    const train = all.filter((i) => cases[i]!.family !== fam);
    const pick = rankPoints(runs, cases, train)[0]!;
    const run = runs.find((r) => r.point === pick)!;
    for (const i of all.filter((k) => cases[k]!.family === fam)) {
      lofo.set(i, scoreCase(run.cut[i]!));
    }
    console.log(`fold ${fam.padEnd(7)} chosen on the other four: ${pick}`);
  }
  const scores = (r: SettingRun) => all.map((i) => scoreCase(r.cut[i]!));
  console.log(line('without the step rule', scores(off)));
  console.log(
    line(
      'step rule, LOFO thresholds',
      all.map((i) => lofo.get(i)!),
    ),
  );
  for (const r of runs) console.log(line(`  ${r.point}`, scores(r)));
}
