import { addDays, daysBetween } from '#lib/domain/dates';
import type { SeriesForecast } from '#lib/domain/forecast';
import type { InventoryLink } from '#lib/domain/inventory';
import { allDown, linkOutages, type Outage } from './outage-windows.ts';
import type { Scenario, ScenarioEvent } from './scenario.ts';
import type { CapacityChange, GroupOutage, SeriesInput } from './types.ts';

/**
 * Applies a what-if scenario to one series before evaluation. A link or
 * site down removes the member links' capacity from its start (and gives
 * it back on `until`); the group's demand stays, as traffic fails over to
 * the links left. While every link of a group is down (its site, or each
 * member), its planned augments add nothing either: their ports are on
 * the same bundle at the same site. Demand events multiply the forecast
 * (mean and bounds) on the days they cover. Link-level series take only
 * the demand events: a link that is down carries nothing, it does not
 * run out.
 *
 * @param input - the series as the real run would evaluate it
 * @param scenario - a parsed scenario
 * @returns the series input the scenario implies, marked with its name
 * @example
 * evaluateSeries(applyScenario(input, scenario)).fullDateUpper;
 */
export function applyScenario(
  input: SeriesInput,
  scenario: Scenario,
): SeriesInput {
  const factors = demandFactors(input, scenario.events);
  const outages =
    input.level === 'link'
      ? new Map<string, Outage[]>()
      : linkOutages(input.links, scenario.events);
  return {
    ...input,
    forecast: scaleForecast(input.forecast, factors),
    scenario: {
      name: scenario.name,
      capacityChanges: outageChanges(input.links, outages),
      groupOutages: groupOutages(input.links, outages),
    },
  };
}

/**
 * The capacity the links' outages take and give back: one change per
 * outage start, one per end. A link that two events take down on the
 * same days is taken once (`linkOutages` joins them).
 */
function outageChanges(
  links: readonly InventoryLink[],
  outages: ReadonlyMap<string, readonly Outage[]>,
): CapacityChange[] {
  return links.flatMap((link) =>
    (outages.get(link.linkId) ?? []).flatMap((outage) => {
      const reason = `scenario: ${link.linkId} down`;
      const off = { date: outage.from, deltaBps: -link.capacityBps, reason };
      if (outage.until === undefined) return [off];
      const back = { date: outage.until, deltaBps: link.capacityBps, reason };
      return [off, back];
    }),
  );
}

/** The days each group of `links` has every member down. */
function groupOutages(
  links: readonly InventoryLink[],
  outages: ReadonlyMap<string, readonly Outage[]>,
): GroupOutage[] {
  const members = new Map<string, (readonly Outage[])[]>();
  for (const link of links) {
    const list = members.get(link.group) ?? [];
    list.push(outages.get(link.linkId) ?? []);
    members.set(link.group, list);
  }
  return [...members].flatMap(([group, each]) =>
    allDown(each).map((outage) => ({ group, ...outage })),
  );
}

/** The demand multiplier of each forecast day. */
function demandFactors(
  input: SeriesInput,
  events: readonly ScenarioEvent[],
): number[] {
  const factors = new Array<number>(input.forecast.mean.length).fill(1);
  const isps = new Set(input.links.map((link) => link.isp));
  for (const event of events) {
    if (event.kind === 'link-down' || event.kind === 'site-down') continue;
    if (event.isp !== undefined && !isps.has(event.isp)) continue;
    const from = event.kind === 'event-surge' ? event.date : event.from;
    const until =
      event.kind === 'event-surge' ? addDays(event.date, 1) : event.until;
    const first = Math.max(0, daysBetween(input.asOf, from));
    const end =
      until === undefined
        ? factors.length
        : Math.min(factors.length, daysBetween(input.asOf, until));
    for (let day = first; day < end; day += 1) {
      factors[day] = factors[day]! * event.factor;
    }
  }
  return factors;
}

function scaleForecast(
  forecast: SeriesForecast,
  factors: readonly number[],
): SeriesForecast {
  const scale = (values: readonly number[]) =>
    values.map((value, day) => value * (factors[day] ?? 1));
  const scaleAll = (bounds: SeriesForecast['upper']) =>
    Object.fromEntries(
      Object.entries(bounds).map(([level, values]) => [level, scale(values)]),
    );
  return {
    ...forecast,
    mean: scale(forecast.mean),
    lower: scaleAll(forecast.lower),
    upper: scaleAll(forecast.upper),
  };
}
