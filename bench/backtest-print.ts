/** What `bench/backtest.ts` prints of a backtest on the sample. */
import { loadavg } from 'node:os';
import type { BacktestResult } from '#lib/domain/backtest';
import { addDays, daysBetween } from '#lib/domain/dates';
import { scoreBacktest } from '#lib/rules/score-backtest';
import { buildPlan } from '#lib/sample/build-plan';

/** The sample's options as `sample.json` records them. */
export interface SampleJson {
  readonly firstDay: string;
  readonly lastDay: string;
  readonly links: number;
  readonly seed: number;
}

/** Prints the scores of all cases and of the groups not yet critical. */
export function printFigures(result: BacktestResult, seconds: number) {
  const t = result.totals;
  const f = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));
  const d = (x: number | null) => (x === null ? 'n/a' : `${x} days`);
  const line = (label: string, s: typeof t) =>
    console.log(
      `${label}: precision ${f(s.precision)}, recall ${f(s.recall)}, ` +
        `F1 ${f(s.f1)}; median critical-date error ` +
        `${d(s.dateErrorMean.medianAbsDays)} (mean forecast), ` +
        `${d(s.dateErrorUpper.medianAbsDays)} (upper bound)`,
    );
  line('all cases', t);
  // An alert on a group already over critical is right but predicts
  // nothing: the same scores without those cases.
  line(
    'groups not yet critical at the as-of date',
    scoreBacktest(result.cases.filter((c) => !c.alreadyCritical)),
  );
  console.log(
    `wall ${seconds.toFixed(1)} s, peak RSS ` +
      `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, load ` +
      `average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
  );
}

/** The plan's crossings (designed day) against the first one replayed. */
export function printCrossings(result: BacktestResult, sample: SampleJson) {
  const days = daysBetween(sample.firstDay, sample.lastDay) + 1;
  const plan = buildPlan({ ...sample, days });
  console.log('designed crossings (day of critical, before the augment):');
  for (const group of plan.groups) {
    const { crossingDay, upgradeDay } = group.demand;
    if (crossingDay === undefined || upgradeDay === undefined) continue;
    const found = result.cases
      .filter((c) => c.group === group.name && c.actualCrossing)
      .map((c) => c.actualCrossing!)
      .sort()[0];
    console.log(
      `  ${group.name}: designed ${addDays(plan.firstDay, crossingDay)}, ` +
        `first found ${found ?? 'none'}, augmented ` +
        addDays(plan.firstDay, upgradeDay),
    );
  }
}
