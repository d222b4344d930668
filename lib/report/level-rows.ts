import type { Evaluation } from '#lib/domain/evaluation';
import type { IspSummary } from '#lib/domain/isp-summary';
import { addedBps } from '#lib/domain/plan-status';
import { asnCell } from './asn-text.ts';
import { csvUtilization } from './format-utilization.ts';
import { byUrgency } from './rank.ts';

/** One row of a per-level CSV file; `null` = empty cell. */
export type CsvRow = Record<string, string | number | boolean | null>;

/**
 * A number rounded for a CSV cell; NaN and ±Infinity are empty cells.
 *
 * @param x - the number
 * @param digits - decimals kept
 * @returns the rounded number, or null
 * @example
 * round(0.123456, 4); // 0.1235
 */
export const round = (x: number, digits: number) =>
  Number.isFinite(x) ? Number(x.toFixed(digits)) : null;

/**
 * A figure in bits per second and, beside it, the same in Gbps (three
 * decimals), so a spreadsheet needs no unit conversion.
 *
 * @param name - the column's stem, e.g. 'capacity'
 * @param bps - bits per second
 * @returns `{ <name>_bps, <name>_gbps }`
 * @example
 * bpsPair('capacity', 100e9); // { capacity_bps: 1e11, capacity_gbps: 100 }
 */
export function bpsPair(name: string, bps: number): CsvRow {
  return {
    [`${name}_bps`]: round(bps, 0),
    [`${name}_gbps`]: round(bps / 1e9, 3),
  };
}

/**
 * One row of `isps.csv`: the ISP's demand, growth interval, capacity and
 * the sums of its groups' asks and planned capacity (so the columns sum
 * to `groups.csv`'s). `ask_ports` is empty where the asks are in ports of
 * different sizes: 2 of 100 Gbps and 4 of 10 Gbps are not 6 ports. Last,
 * `partial`: `true` where the ISP's own series is not forecast and its
 * demand, capacity and headroom are sums over its groups that are, with
 * its groups and capacity in links.csv beside them (empty otherwise).
 *
 * @param s - the ISP's summary
 * @param groups - the ISP's group evaluations
 * @param asOf - the run's date
 * @returns the row
 * @example
 * ispRow(summary, groups, '2026-11-26').ask_bps;
 */
export function ispRow(
  s: IspSummary,
  groups: readonly Evaluation[],
  asOf: string,
): CsvRow {
  const sum = (f: (e: Evaluation) => number) =>
    groups.reduce((t, e) => t + f(e), 0);
  const worst = [...groups].sort(byUrgency)[0];
  return {
    as_of: asOf,
    isp: s.isp,
    asn: asnCell(s.asns),
    region: s.region,
    owner: s.owner,
    ...bpsPair('demand', s.demandBps),
    growth_pct_per_year: round(s.growthPctPerYear, 2),
    growth_low_pct_per_year: round(s.growthLowPctPerYear, 2),
    growth_high_pct_per_year: round(s.growthHighPctPerYear, 2),
    ...bpsPair('capacity', s.capacityBps),
    headroom: round(s.headroom, 4),
    groups: groups.length,
    groups_at_risk: s.groupsAtRisk,
    worst_severity: s.worstSeverity,
    first_order_by_date: worst?.orderByDate ?? null,
    ask_ports: samePorts(groups) ? sum((e) => e.recommendedPorts) : null,
    ...bpsPair(
      'ask',
      sum((e) => e.recommendedAddBps),
    ),
    ...bpsPair(
      'planned_add',
      sum((e) => addedBps(e, false)),
    ),
    // Last, as groups.csv's what-if columns: the ISP's own total not
    // forecast, demand, capacity and headroom are its groups' sums.
    partial: s.partial !== undefined,
    inventory_groups: s.partial?.inventoryGroups ?? null,
  };
}

/** The groups that ask for ports all ask for ports of one size. */
function samePorts(groups: readonly Evaluation[]): boolean {
  const asking = groups.filter((e) => e.recommendedPorts > 0);
  return new Set(asking.map((e) => e.portBps)).size <= 1;
}

/**
 * One row of `links.csv`: a member link's load and its capacity group.
 * No severity or ask: decisions are taken per group (`groups.csv`).
 *
 * @param e - the link's evaluation
 * @param asOf - the run's date
 * @returns the row
 * @example
 * linkRow(e, '2026-11-26').group; // 'Acme/LHR1/pni'
 */
export function linkRow(e: Evaluation, asOf: string): CsvRow {
  return {
    as_of: asOf,
    link_id: e.key,
    group: e.group ?? null,
    isp: e.isp,
    site: e.site,
    region: e.region,
    link_type: e.linkType,
    owner: e.owner,
    ...bpsPair('last_peak', e.lastPeakBps),
    ...bpsPair('capacity', e.capacityBps),
    utilization: csvUtilization(e),
    growth_pct_per_year: round(e.growthPctPerYear, 2),
    model: e.model,
  };
}
