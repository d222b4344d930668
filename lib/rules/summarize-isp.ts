import type { Config } from '#lib/config';
import type { Evaluation } from '#lib/domain/evaluation';
import type { SeriesForecast } from '#lib/domain/forecast';
import type { InventoryLink } from '#lib/domain/inventory';
import { ispAsns } from '#lib/domain/isp-asns';
import type { IspSummary } from '#lib/domain/isp-summary';
import { isAtRisk, SEVERITIES, type Severity } from '#lib/domain/vocabulary';
import { decisionBounds } from './decision-bounds.ts';
import { growthPctPerYear } from './growth.ts';

/** What `summarizeIsp` needs for one ISP. */
export interface IspSummaryInput {
  /** The ISP-level evaluation (its summed traffic). */
  readonly isp: Evaluation;
  /** The ISP's group-level evaluations. */
  readonly groups: readonly Evaluation[];
  /** The ISP's links (for the ASN). */
  readonly links: readonly InventoryLink[];
  /** The ISP-level forecast (for growth with its interval). */
  readonly forecast: SeriesForecast;
  readonly config: Config;
}

/**
 * The figures a manager takes into a negotiation with one ISP: demand,
 * growth per year with its interval (the decision interval's bounds at
 * the horizon's end against the mean at its start), capacity, headroom
 * and the bundles at risk.
 *
 * @param input - the ISP's evaluations, links and forecast
 * @returns the ISP summary
 * @example
 * summarizeIsp({ isp, groups, links, forecast, config }).groupsAtRisk; // 2
 */
export function summarizeIsp(input: IspSummaryInput): IspSummary {
  const { isp, groups, forecast } = input;
  const bounds = decisionBounds(forecast, input.config.decisionLevel);
  const atRisk = groups.filter((group) => isAtRisk(group.severity));
  return {
    isp: isp.isp,
    asns: ispAsns(input.links, isp.isp),
    region: isp.region,
    owner: isp.owner,
    demandBps: isp.lastPeakBps,
    growthPctPerYear: growthPctPerYear(forecast.mean),
    growthLowPctPerYear: growthPctPerYear(bounds.lower, forecast.mean),
    growthHighPctPerYear: growthPctPerYear(bounds.upper, forecast.mean),
    capacityBps: isp.capacityBps,
    headroom: isp.capacityBps > 0 ? 1 - isp.lastPeakBps / isp.capacityBps : 0,
    groupsAtRisk: atRisk.length,
    worstSeverity: worstSeverity(groups.map((group) => group.severity)),
  };
}

/**
 * The most urgent of some severities.
 *
 * @param severities - any number of severities
 * @returns the most urgent, `ok` for none
 * @example
 * worstSeverity(['watch', 'critical', 'ok']); // 'critical'
 */
export function worstSeverity(severities: readonly Severity[]): Severity {
  return severities.reduce<Severity>(
    (worst, severity) =>
      SEVERITIES.indexOf(severity) > SEVERITIES.indexOf(worst)
        ? severity
        : worst,
    'ok',
  );
}
