import { type Config, forecastDays } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import { eventError } from './check-scenario.ts';
import type { Scenario, ScenarioEvent } from './scenario.ts';
import type { ScenarioSource } from './scenario-file.ts';

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
