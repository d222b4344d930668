import type { PageQuality } from '#lib/domain/quality';
import type { PageInput } from '#lib/report/report-input';
import { describeScenario } from '#lib/rules/describe-scenario';
import type { RunPlanFile } from './run-plan-file.ts';

/**
 * The report input of a run's pages: the plan's fields (dates, decision
 * level, what-if) and the rows given. Shards and publish build it alike,
 * so that a page reads the same wherever it is rendered.
 *
 * @param plan - the run's plan
 * @param rows - evaluations, ISP summaries, charted series, quality (the
 *   whole report for publish's overview and data files, the pages' fields
 *   alone for the ISP pages: `PageQuality`)
 * @returns the report input, with the quality given
 * @example
 * const input = runReportInput(plan, { evaluations, isps, series,
 *   dataQuality });
 */
export function runReportInput<Q extends PageQuality>(
  plan: RunPlanFile,
  rows: Pick<PageInput, 'evaluations' | 'isps' | 'series'> & {
    readonly dataQuality: Q;
  },
): PageInput & { readonly dataQuality: Q } {
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
