import { type Config, forecastDays } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import type { InventoryLink } from '#lib/domain/inventory';
import { InputError } from '#lib/errors';
import { looseName } from '#lib/input-message';
import { lineOfPath } from '#lib/line-of-path';
import type { Scenario, ScenarioEvent, ScenarioSource } from './scenario.ts';

/**
 * Rejects a scenario whose event names a link, site or ISP that is not in
 * the inventory. Such an event changes nothing (it matches no link), yet
 * the report's banner and the drafted messages would still state it as
 * assumed: a typo in a name would pass for a scenario that leaves every
 * bundle as it was. Names match exactly: one in another case or with a
 * space around it is refused too, naming the inventory's spelling.
 *
 * @param scenario - a parsed scenario
 * @param links - the validated inventory's links
 * @param source - the scenario's file and text, for the field's line
 * @throws InputError naming the file (else the scenario), the line, the
 *   event's field and its value
 * @example
 * checkScenarioNames(scenario, inventory.links, source);
 */
export function checkScenarioNames(
  scenario: Scenario,
  links: readonly InventoryLink[],
  source?: ScenarioSource,
): void {
  const known = {
    linkId: new Set(links.map((link) => link.linkId)),
    site: new Set(links.map((link) => link.site)),
    isp: new Set(links.map((link) => link.isp)),
  };
  scenario.events.forEach((event, index) => {
    const named = nameOf(event);
    if (named === undefined || known[named.field].has(named.value)) return;
    const meant = [...known[named.field]].find(
      (name) => looseName(name) === looseName(named.value),
    );
    const hint =
      meant === undefined ? '' : `, which has '${meant}': names match exactly`;
    const field = `events.${index}.${named.field}`;
    const problem = `names no ${WHAT[named.field]} in links.csv${hint}`;
    throw eventError(scenario, source, problem, field, named.value);
  });
}

/**
 * The error of an event's field: in the scenario's file at the field's
 * line when the run read it from one, else naming the scenario.
 */
function eventError(
  scenario: Scenario,
  source: ScenarioSource | undefined,
  problem: string,
  field: string,
  value: string,
): InputError {
  const text = source?.text;
  const line =
    text === undefined ? undefined : lineOfPath(text, field.split('.'));
  return new InputError(
    source?.file ?? `scenario '${scenario.name}'`,
    problem,
    {
      ...(line === undefined ? {} : { line }),
      field,
      value,
    },
  );
}

const WHAT = { linkId: 'link', site: 'site', isp: 'ISP' } as const;

/** The inventory name an event refers to (none: a surge of every ISP). */
function nameOf(
  event: ScenarioEvent,
): { field: keyof typeof WHAT; value: string } | undefined {
  switch (event.kind) {
    case 'link-down':
      return { field: 'linkId', value: event.linkId };
    case 'site-down':
      return { field: 'site', value: event.site };
    default:
      return event.isp === undefined
        ? undefined
        : { field: 'isp', value: event.isp };
  }
}

/**
 * Rejects a scenario whose event falls wholly outside the forecast's days
 * (`asOf` until the day before `asOf + forecastDays(config)`: the horizon,
 * or the planning horizon when that is longer, as the forecasts run): an
 * outage that ended by today, a surge last year, a multiplier from after
 * the horizon. The rules judge the forecast's days only, so such an event
 * changes nothing, while the banner and the drafted messages would state
 * it as assumed.
 *
 * @param scenario - a parsed scenario
 * @param asOf - the run's date, the forecast's first day
 * @param config - the horizons (`forecastDays`)
 * @param source - the scenario's file and text, for the field's line
 * @throws InputError naming the file (else the scenario), the line, the
 *   event's field and its value
 * @example
 * checkScenarioDates(scenario, '2026-12-04', config, source);
 */
export function checkScenarioDates(
  scenario: Scenario,
  asOf: string,
  config: Pick<Config, 'horizonDays' | 'planningHorizonDays'>,
  source?: ScenarioSource,
): void {
  const end = addDays(asOf, forecastDays(config));
  scenario.events.forEach((event, index) => {
    const outside = outsideField(event, asOf, end);
    if (outside === undefined) return;
    const problem =
      `falls outside the forecast's days (${asOf} until ${end}), so it ` +
      'would change nothing';
    const field = `events.${index}.${outside.field}`;
    throw eventError(scenario, source, problem, field, outside.value);
  });
}

/**
 * The field that puts an event outside the days from `asOf` until the
 * day before `end`: its `until` (or a surge's `date`) on or before
 * `asOf`, its `from` (or `date`) on or after `end`; none when it overlaps.
 */
function outsideField(
  event: ScenarioEvent,
  asOf: string,
  end: string,
): { field: string; value: string } | undefined {
  if (event.kind === 'event-surge') {
    const outside = event.date < asOf || event.date >= end;
    return outside ? { field: 'date', value: event.date } : undefined;
  }
  if (event.until !== undefined && event.until <= asOf) {
    return { field: 'until', value: event.until };
  }
  return event.from >= end ? { field: 'from', value: event.from } : undefined;
}
