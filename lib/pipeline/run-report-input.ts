import type { ReportInput } from '#lib/report/report-input';
import { describeScenario } from '#lib/rules/describe-scenario';
import type { RunPlanFile } from './plan-run.ts';

/**
 * The report input of a run's pages: the plan's fields (dates, decision
 * level, what-if) and the rows given. Shards and publish build it alike,
 * so that a page reads the same wherever it is rendered.
 *
 * @param plan - the run's plan
 * @param rows - evaluations, ISP summaries, charted series, quality
 * @returns the report input
 * @example
 * const input = runReportInput(plan, { evaluations, isps, series,
 *   dataQuality });
 */
export function runReportInput(
  plan: RunPlanFile,
  rows: Pick<ReportInput, 'evaluations' | 'isps' | 'series' | 'dataQuality'>,
): ReportInput {
  return {
    asOf: plan.asOf,
    runId: plan.runId,
    generatedAt: plan.startedAt,
    decisionLevel: plan.config.decisionLevel,
    ...rows,
    ...(plan.scenario ? { scenario: scenarioOf(plan) } : {}),
  };
}

function scenarioOf(plan: RunPlanFile) {
  const scenario = plan.scenario!;
  return {
    name: scenario.name,
    description: describeScenario(scenario, plan.silentEvents),
  };
}
