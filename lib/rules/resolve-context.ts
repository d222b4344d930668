import { type Thresholds, thresholdsFor } from '#lib/config';
import { compareCodePoints } from '#lib/domain/code-point-order';
import type { InventoryLink } from '#lib/domain/inventory';
import { currentPeak } from './current-peak.ts';
import { decisionBounds } from './decision-bounds.ts';
import { seriesCapacity } from './series-capacity.ts';
import type { RuleContext, SeriesInput } from './types.ts';

/**
 * Resolves the facts the rules share: thresholds (link type, then the
 * strictest per-row override of the members), lead time (the longest of
 * the members'), port size, capacity timelines and the current peak.
 *
 * @param input - a validated series input
 * @returns the rule context
 * @example
 * resolveContext(input).thresholds; // { warning: 0.7, critical: 0.85 }
 */
export function resolveContext(input: SeriesInput): RuleContext {
  const { links, asOf, config, forecast } = input;
  const days = forecast.mean.length;
  const augments = [...input.augments].sort((a, b) =>
    compareCodePoints(a.inServiceDate, b.inServiceDate),
  );
  const bounds = decisionBounds(forecast, config.decisionLevel);
  return {
    level: input.level,
    asOf,
    thresholds: resolveThresholds(links, input.config),
    leadTimeDays: Math.max(0, ...links.map((link) => link.leadTimeDays)),
    portBps: Math.max(...links.map((link) => link.portBps)),
    largestLinkBps: Math.max(...links.map((link) => link.capacityBps)),
    planningDays: Math.min(
      days,
      config.planningHorizonDays ?? config.horizonDays,
    ),
    warningWindowDays: config.warningWindowDays,
    augments,
    changes: input.scenario?.capacityChanges ?? [],
    groupOutages: input.scenario?.groupOutages ?? [],
    ...seriesCapacity(input),
    lastPeakBps: currentPeak(input.history, forecast.cleaned),
    mean: forecast.mean,
    lower: bounds.lower,
    upper: bounds.upper,
  };
}

/**
 * The thresholds of a set of links: each member's row override or its
 * link type's value, and the strictest (lowest) of the members.
 *
 * @param links - the series' member links (at least one)
 * @param config - supplies the per-type thresholds
 * @returns warning and critical utilization
 * @example
 * resolveThresholds([{ ...link, warning: 0.6 }], DEFAULT_CONFIG);
 * // { warning: 0.6, critical: 0.85 }
 */
export function resolveThresholds(
  links: readonly InventoryLink[],
  config: Parameters<typeof thresholdsFor>[0],
): Thresholds {
  const each = links.map((link) => {
    const type = thresholdsFor(config, link.linkType);
    return {
      warning: link.warning ?? type.warning,
      critical: link.critical ?? type.critical,
    };
  });
  return {
    warning: Math.min(...each.map((t) => t.warning)),
    critical: Math.min(...each.map((t) => t.critical)),
  };
}
