import type { Evaluation } from '#lib/domain/evaluation';
import type { IspSummary } from '#lib/domain/isp-summary';
import { compareNames } from '#lib/domain/name-order';
import { summarizeUnforecastIsp } from '#lib/rules/summarize-unforecast-isp';

/**
 * Every ISP that gets a page: those summarised by the pipeline, plus any
 * ISP a group evaluation names without a summary (so that no link from the
 * overview dangles). Missing summaries are built from the evaluations.
 *
 * @param input - the summaries and the evaluations
 * @returns one summary per ISP, in name order (`compareNames`)
 * @example
 * reportedIsps(input).map((s) => s.isp); // ['Acme', 'Globex']
 */
export function reportedIsps(input: {
  readonly isps: readonly IspSummary[];
  readonly evaluations: readonly Evaluation[];
}): IspSummary[] {
  const byName = new Map(input.isps.map((s) => [s.isp, s]));
  let groups: Map<string, Evaluation[]> | undefined;
  for (const e of input.evaluations) {
    if (e.level === 'link' || byName.has(e.isp)) continue;
    groups ??= groupsByIsp(input.evaluations);
    const own = input.evaluations.find(
      (x) => x.level === 'isp' && x.key === e.isp,
    );
    byName.set(e.isp, fallbackSummary(e.isp, groups.get(e.isp) ?? [], own));
  }
  return [...byName.values()].sort((a, b) => compareNames(a.isp, b.isp));
}

/**
 * The group evaluations of each ISP, in their input order, in one pass:
 * for code that visits every ISP, where a filter per ISP grows with ISPs
 * times series (at 148,200 series and 2,325 ISPs the partner pages and
 * `isps.csv` spent over two minutes filtering).
 *
 * @param evaluations - evaluations of any level (only groups are kept)
 * @returns ISP → its group evaluations
 * @example
 * groupsByIsp(input.evaluations).get('Acme') ?? [];
 */
export function groupsByIsp(
  evaluations: readonly Evaluation[],
): Map<string, Evaluation[]> {
  const byIsp = new Map<string, Evaluation[]>();
  for (const e of evaluations) {
    if (e.level !== 'group') continue;
    const list = byIsp.get(e.isp);
    if (list) list.push(e);
    else byIsp.set(e.isp, [e]);
  }
  return byIsp;
}

/**
 * The member links of each capacity group, in their input order, in one
 * pass (as `groupsByIsp`, so that the partner packs of a large fleet do
 * not filter every evaluation per group).
 *
 * @param evaluations - evaluations of any level (only links are kept)
 * @returns group key → its links' evaluations
 * @example
 * linksByGroup(input.evaluations).get('Acme/LHR1/pni') ?? [];
 */
export function linksByGroup(
  evaluations: readonly Evaluation[],
): Map<string, Evaluation[]> {
  const byGroup = new Map<string, Evaluation[]>();
  for (const e of evaluations) {
    if (e.level !== 'link' || e.group === undefined) continue;
    const list = byGroup.get(e.group);
    if (list) list.push(e);
    else byGroup.set(e.group, [e]);
  }
  return byGroup;
}

/**
 * The summary of an ISP that no shard summarised: a not-forecast ISP's
 * (`summarizeUnforecastIsp`, without links.csv at hand: partial, with
 * no figures of links.csv's), with its own series' figures where it has
 * one (not partial).
 */
function fallbackSummary(
  isp: string,
  groups: readonly Evaluation[],
  own: Evaluation | undefined,
): IspSummary {
  const base = summarizeUnforecastIsp(isp, groups, []);
  if (own === undefined) return base;
  const { lastPeakBps: demandBps, capacityBps } = own;
  // Its own series' figures: whole, not partial.
  return {
    ...base,
    partial: undefined,
    region: own.region,
    owner: own.owner,
    demandBps,
    capacityBps,
    headroom: capacityBps > 0 ? 1 - demandBps / capacityBps : Number.NaN,
    growthPctPerYear: own.growthPctPerYear,
  };
}
