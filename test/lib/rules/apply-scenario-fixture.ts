import type { Scenario, ScenarioEvent } from '#lib/rules/scenario';

/** A scenario named `test` of `events`. */
export const scenarioOf = (...events: ScenarioEvent[]): Scenario => ({
  name: 'test',
  events,
});
