import type { Config } from '#lib/config';
import type { Inventory } from '#lib/domain/inventory';
import type { Scenario } from '#lib/rules/scenario';
import { augmentsInLinks } from './augments-in-links.ts';
import {
  type CapacityBeyond,
  capacityBeyondLinks,
  withCapacityNotes,
} from './capacity-beyond-links.ts';
import { inServiceInventory } from './in-service-links.ts';
import type { ModelledSeries } from './model-series.ts';
import { type SeriesInputRun, soleLinkGroups } from './series-input.ts';
import { reportingInventory } from './silent-members.ts';

/** The series as `evaluateAll` evaluates them, and what it reads them with. */
export interface PreparedEvaluation {
  /** Each series with notes on the capacity counted for it. */
  readonly modelled: readonly ModelledSeries[];
  /** Per series, the capacity its traffic reports beyond links.csv's. */
  readonly beyond: readonly (CapacityBeyond | undefined)[];
  /** The inventory counted (links in service that report), as-of, what-if. */
  readonly run: SeriesInputRun;
}

/**
 * Prepares a run's evaluation: the augments links.csv already holds are
 * not counted again (their group gets a note: docs/architecture.md
 * "Augments already in links.csv"), a group whose traffic reports more
 * capacity than links.csv's gets a note, and the inventory counted is the
 * links in service by `asOf` ("Retired links") that report.
 *
 * @param series - series with history and forecast
 * @param inventory - links and planned augments
 * @param asOf - the run's "today"
 * @param config - thresholds, lead times, decision level
 * @param scenario - a what-if to apply before evaluation
 * @returns the noted series, the capacity beyond links.csv and the run
 * @example
 * const { modelled, run } = prepareEvaluation(series, inventory, asOf, config);
 */
export function prepareEvaluation(
  series: readonly ModelledSeries[],
  inventory: Inventory,
  asOf: string,
  config: Config,
  scenario?: Scenario,
): PreparedEvaluation {
  const held = augmentsInLinks(series, inventory.augments, asOf);
  const counted = inventory.augments.filter((a) => !held.includes(a));
  const beyond = series.map((s) => capacityBeyondLinks(s, counted, asOf));
  const modelled = series.map((s, i) => withCapacityNotes(s, held, beyond[i]));
  const reporting = reportingInventory(
    inServiceInventory(inventory, asOf),
    modelled.map((s) => s.entry),
  );
  const run = {
    inventory: { ...reporting, augments: counted },
    asOf,
    config,
    scenario,
    soleLinks: soleLinkGroups(reporting),
  };
  return { modelled, beyond, run };
}
