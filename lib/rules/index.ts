/**
 * Capacity decisions (docs/architecture.md "Stages"): pure functions from a
 * series' forecast and inventory to an `Evaluation`. The capacity rules
 * are registered in `CAPACITY_RULES`, in the order they run.
 *
 * @example
 * import { evaluateSeries, CAPACITY_RULES } from '#lib/rules/index';
 */
export { applyScenario } from './apply-scenario.ts';
export { buildCapacityTimeline } from './capacity-timeline.ts';
export {
  type BelowSince,
  CHANGE_KINDS,
  type ChangeKind,
  type ChangeRule,
  type ChangesReport,
  DEFAULT_CHANGE_RULE,
  type GroupChange,
  type TrackedGroup,
} from './change-types.ts';
export { computeChanges, type PreviousRun } from './compute-changes.ts';
export { CURRENT_PEAK_DAYS, currentPeak } from './current-peak.ts';
export { decisionBounds } from './decision-bounds.ts';
export { describeChange, unchangedHeldText } from './describe-change.ts';
export { describeScenario } from './describe-scenario.ts';
export { evaluateSeries } from './evaluate-series.ts';
export { expediteRule } from './expedite-rule.ts';
export { exposureRule } from './exposure-rule.ts';
export { growthPctPerYear } from './growth.ts';
export { growthRule } from './growth-rule.ts';
export { holdAsk, holdGrowth, holdOrderBy } from './hold-changes.ts';
export { heldFall, holdSeverity } from './hold-severity.ts';
export { n1Rule } from './n1-rule.ts';
export { orderByRule } from './order-by-rule.ts';
export { outageRule } from './outage-rule.ts';
export {
  type ExpediteChoice,
  type OverduePlan,
  overduePlan,
} from './overdue-plan.ts';
export { plannedAugmentRule } from './planned-augment-rule.ts';
export {
  type Ask,
  askOver,
  recommendedAugmentRule,
} from './recommended-augment-rule.ts';
export { CAPACITY_RULES } from './registry.ts';
export { resolveContext, resolveThresholds } from './resolve-context.ts';
export { firstCrossing, runoutDate } from './runout.ts';
export { runoutRule } from './runout-rule.ts';
export {
  parseScenario,
  SCENARIO_SCHEMA,
  type Scenario,
  type ScenarioEvent,
} from './scenario.ts';
export { severityRule } from './severity-rule.ts';
export {
  type IspSummaryInput,
  summarizeIsp,
  worstSeverity,
} from './summarize-isp.ts';
export { summarizeUnforecastIsp } from './summarize-unforecast-isp.ts';
export type {
  CapacityChange,
  CapacityRule,
  Findings,
  RuleContext,
  SeriesInput,
  SeriesScenarioEffect,
} from './types.ts';
export { withStreaks } from './with-streaks.ts';
