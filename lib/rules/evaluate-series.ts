import type { Evaluation } from '#lib/domain/evaluation';
import type { InventoryLink } from '#lib/domain/inventory';
import { utilizationOf } from '#lib/domain/reached-now';
import { CAPACITY_RULES } from './registry.ts';
import { resolveContext } from './resolve-context.ts';
import { stepOf } from './step-record.ts';
import type {
  CapacityRule,
  Findings,
  RuleContext,
  SeriesInput,
} from './types.ts';
import { validateSeriesInput } from './validate-series-input.ts';

/**
 * Judges one series' forecast against its current and planned capacity
 * (docs/architecture.md "Stages"): a chain of named pure steps — validate, resolve
 * the context, run each capacity rule, describe the series.
 *
 * @param input - the series, its member links, augments and forecast
 * @param rules - the rules to run (defaults to the registry)
 * @returns one `Evaluation` (a row of `forecasts.csv`)
 * @throws InputError when the input is inconsistent (no member links,
 *   bounds of another length than the mean, a bad as-of date)
 * @example
 * evaluateSeries({ level: 'group', key: 'Acme/LHR1/pni', links, augments,
 *   history, forecast, asOf: '2026-11-26', config }).severity; // 'warning'
 */
export function evaluateSeries(
  input: SeriesInput,
  rules: readonly CapacityRule[] = CAPACITY_RULES,
): Evaluation {
  validateSeriesInput(input);
  const context = resolveContext(input);
  const found = applyRules(rules, context);
  return describe(input, context, found);
}

function applyRules(
  rules: readonly CapacityRule[],
  context: RuleContext,
): Findings {
  let found: Findings = {};
  for (const rule of rules) {
    found = { ...found, ...rule.evaluate(context, found) };
  }
  return found;
}

function describe(
  input: SeriesInput,
  context: RuleContext,
  found: Findings,
): Evaluation {
  const { links } = input;
  const capacityBps = context.capacity[0] ?? 0;
  return {
    level: input.level,
    key: input.key,
    isp: common(links, 'isp') || links[0]!.isp,
    site: common(links, 'site'),
    region: common(links, 'region') || links[0]!.region,
    linkType: common(links, 'linkType') as Evaluation['linkType'],
    owner: common(links, 'owner') || links[0]!.owner,
    model: input.forecast.model,
    lastPeakBps: context.lastPeakBps,
    capacityBps,
    utilization: utilizationOf(context.lastPeakBps, capacityBps),
    growthPctPerYear: found.growthPctPerYear ?? 0,
    ...found,
    leadTimeDays: context.leadTimeDays,
    severity: found.severity ?? 'ok',
    recommendedAddBps: found.recommendedAddBps ?? 0,
    recommendedPorts: found.recommendedPorts ?? 0,
    portBps: context.portBps,
    n1Ok: found.n1Ok ?? true,
    plannedAugments: found.plannedAugments ?? [],
    warning: context.thresholds.warning,
    critical: context.thresholds.critical,
    ...groupOf(input),
    memberLinks: links.length,
    ...stepOf(input),
  };
}

/** A link's or group's capacity group (an ISP spans several). */
function groupOf(input: SeriesInput): { group?: string } {
  if (input.level === 'group') return { group: input.key };
  if (input.level === 'link') return { group: input.links[0]!.group };
  return {};
}

/** The members' shared value of a field, or '' when they differ. */
function common(
  links: readonly InventoryLink[],
  field: 'isp' | 'site' | 'region' | 'linkType' | 'owner',
): string {
  const values = new Set(links.map((link) => link[field]));
  return values.size === 1 ? [...values][0]! : '';
}
