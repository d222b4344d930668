import type { PlannedAugment } from '#lib/domain/inventory';
import type { Scenario, ScenarioEvent } from '#lib/rules/scenario';
import { LINK_A } from './series-fixture.ts';

/** A scenario named `name` of `events`. */
export const scenarioNamed = (
  name: string,
  ...events: ScenarioEvent[]
): Scenario => ({ name, events });

/** A scenario named `test` of `events`. */
export const scenarioOf = (...events: ScenarioEvent[]): Scenario =>
  scenarioNamed('test', ...events);

/** +100 G on the bundle (Acme/LHR1/pni) from day 14 (2026-01-15). */
export const AUGMENT: PlannedAugment = {
  group: 'Acme/LHR1/pni',
  inServiceDate: '2026-01-15',
  addedBps: 100e9,
  reference: 'CHG-1',
};

/** Days 10..19 (2026-01-11 until 2026-01-21): the augment lands inside. */
export const WINDOW = { from: '2026-01-11', until: '2026-01-21' };

/** The inventory's links of the scenario checks: LHR1's, and one at FRA2. */
export const LINKS = [
  LINK_A,
  { ...LINK_A, linkId: 'fra2-acme-pni-1', site: 'FRA2' },
];
