import type { Evaluation } from '#lib/domain/evaluation';
import type { DataQualityReport } from '#lib/domain/quality';
import { seriesName, splitStaleSeries } from '#lib/domain/stale-series';
import {
  renderUnjudgedMessage,
  type UnjudgedGroup,
} from '#lib/report/email-unjudged';
import { unlistedNotes } from '#lib/report/unlisted-text';
import { alertHolders } from './notification-owner.ts';
import type { PlanBase } from './notification-state.ts';
import { byUnit } from './notification-units.ts';

/**
 * The "not judged" units: the groups alerted before (in the state) that
 * this run did not judge, one message per ISP (or owner), each with why
 * (`unjudgedReason`), to the owners holding its alert as the "resolved"
 * goes (`alertHolders`: the state's owner and its former owners not yet
 * told of the handover). Once its messages are accepted their state
 * entries go (of a message in parts, each part's as soon as it is
 * accepted: docs/architecture.md "A message in parts"), so it is said
 * once, and a group judged at risk again is alerted afresh
 * (docs/architecture.md "Stages", notify).
 *
 * @param input - the state, date, configuration and data-quality report
 * @param groups - the run's group evaluations
 * @returns the units, by ISP or owner
 * @example
 * planUnjudged({ state, asOf, config, quality }, groups)[0]?.kind;
 * // 'unjudged'
 */
export function planUnjudged(
  input: PlanBase & {
    readonly quality?: DataQualityReport | undefined;
  },
  groups: readonly Evaluation[],
) {
  const { state, asOf, config } = input;
  const judged = new Set(groups.map((g) => g.key));
  const unjudged: UnjudgedGroup[] = [];
  for (const [key, entry] of Object.entries(state.groups)) {
    if (judged.has(key)) continue;
    const reason = [
      unjudgedReason(key, input.quality),
      ...unlistedNotes(
        { level: 'group', key },
        input.quality?.likelyMembers ?? [],
      ),
    ].join('; ');
    const holders = alertHolders(entry);
    unjudged.push({ key, ...entry, owner: holders[0]!, holders, reason });
  }
  return byUnit(unjudged, config).map(([unit, mine]) => {
    const { messages, groups: partGroups } = renderUnjudgedMessage({
      ...{ asOf, unit, groups: mine, config },
    });
    const groups = Object.fromEntries(mine.map((g) => [g.key, null]));
    return { kind: 'unjudged' as const, unit, messages, groups, partGroups };
  });
}

/**
 * Why a group was not judged, from the run's data-quality report: a link
 * of it went quiet, or had its samples all set aside, or no data came,
 * for two weeks; or links.csv retires its every link (`retiredSeries`,
 * docs/architecture.md "Retired links"); else it was not in the run.
 *
 * @param key - the group's key
 * @param quality - the run's data-quality report, when known
 * @returns a clause without a final stop
 * @example
 * unjudgedReason('Acme/LHR1/pni', quality);
 * // 'no whole day of data in the last two weeks: a2 sent none after 2026-11-05'
 */
export function unjudgedReason(
  key: string,
  quality: DataQualityReport | undefined,
): string {
  const id = seriesName({ level: 'group', key });
  if (quality?.retiredSeries?.includes(id))
    return 'every link of it retired in links.csv (retired_on): no longer forecast';
  const split = quality ? splitStaleSeries(quality) : undefined;
  if (split?.quiet.includes(id)) {
    const links = (quality?.quietLinks ?? [])
      .filter((l) => l.series.includes(id))
      .map((l) => `${l.linkId} sent none after ${l.lastDay}`);
    return `no whole day of data in the last two weeks: ${links.join(', ')}`;
  }
  if (split?.setAside.includes(id))
    return 'every sample of a link of it in the last two weeks was set aside (spike, negative or not finite)';
  if (split?.noData.includes(id)) return 'no data in the last two weeks';
  return 'not in this run: gone from links.csv, or no traffic in the window';
}
