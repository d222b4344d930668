/**
 * How often the alerts would change over a run of daily decisions
 * (docs/architecture.md "A fall is confirmed over days"): the backtest's
 * cases, one per group and as-of date, are folded through the changes
 * rule (`computeChanges`) date by date, as daily runs would be, and the
 * changes that send an email (a rise to warning or critical, a fall
 * below warning: notify follows the held severity) are counted under
 * rules that differ only in how long a fall must last. The cases carry
 * capacity, not planned augments: only an augment in service resolves
 * at once here.
 * `confirmDays` 0 is each run's own severity. Also counts the group-days
 * the rule keeps at warning or above while the run's own severity is
 * below: what the holding costs.
 */
import type { BacktestCase } from '#lib/domain/backtest';
import type { Evaluation } from '#lib/domain/evaluation';
import { type Severity, severityRank } from '#lib/domain/vocabulary';
import { type ChangeRule, DEFAULT_CHANGE_RULE } from '#lib/rules/change-types';
import { computeChanges, type PreviousRun } from '#lib/rules/compute-changes';

const rank = severityRank;
const atRisk = (s: Severity) => rank(s) >= rank('warning');

/**
 * Prints, per rule, the emailing changes over the cases' dates.
 *
 * @param cases - a backtest's cases, every day over a stretch of dates
 * @param warningWindowDays - the configuration's warning window
 */
export function printChurn(
  cases: readonly BacktestCase[],
  warningWindowDays: number,
): void {
  const byDate = new Map<string, Evaluation[]>();
  for (const c of cases) {
    if (c.severity === undefined) continue;
    const list = byDate.get(c.asOf) ?? [];
    list.push(evaluationOf(c));
    byDate.set(c.asOf, list);
  }
  const dates = [...byDate.keys()].sort();
  console.log(
    `\n--- alert churn: ${dates.length} daily decisions folded through the changes rule ---`,
  );
  for (const confirmDays of [0, 1, 3, DEFAULT_CHANGE_RULE.confirmDays, 14]) {
    const rule = { ...DEFAULT_CHANGE_RULE, warningWindowDays, confirmDays };
    const { emails, flips, heldDays } = fold(dates, byDate, rule);
    console.log(
      `confirmDays ${String(confirmDays).padStart(2)}: ${emails} emailing changes, ` +
        `${flips} of them a resolve or re-open within 14 days of the last; ` +
        `${heldDays} group-days held at risk while the run said lower`,
    );
  }
}

function fold(
  dates: readonly string[],
  byDate: ReadonlyMap<string, Evaluation[]>,
  rule: ChangeRule,
) {
  let previous: PreviousRun | undefined;
  let emails = 0;
  let flips = 0;
  let heldDays = 0;
  const last = new Map<string, string>();
  for (const asOf of dates) {
    const evals = byDate.get(asOf)!;
    const report = computeChanges(previous, evals, asOf, rule);
    for (const c of report.changes) {
      const from = c.severity.from ?? 'ok';
      const raised = atRisk(c.severity.to) && rank(c.severity.to) > rank(from);
      const resolved = atRisk(from) && !atRisk(c.severity.to);
      if (!raised && !resolved) continue;
      emails += 1;
      const before = last.get(c.key);
      const turns = resolved || c.kinds.includes('re-opened');
      if (
        turns &&
        before &&
        Date.parse(asOf) - Date.parse(before) <= 14 * 864e5
      )
        flips += 1;
      last.set(c.key, asOf);
    }
    heldDays += report.state.filter(
      (t) => atRisk(t.severity) && !atRisk(t.rawSeverity),
    ).length;
    previous = { asOf, state: report.state };
  }
  return { emails, flips, heldDays };
}

/** What the changes rule reads of a group's evaluation, from its case. */
function evaluationOf(c: BacktestCase): Evaluation {
  return {
    level: 'group',
    key: c.group,
    isp: c.isp,
    severity: c.severity!,
    orderByDate: c.orderByDate,
    criticalDateUpper: c.criticalDateUpper,
    capacityBps: c.capacityBps ?? 0,
    plannedAugments: [],
    recommendedAddBps: 0,
    recommendedPorts: 0,
    portBps: 0,
    growthPctPerYear: 0,
  } as Partial<Evaluation> as Evaluation;
}
