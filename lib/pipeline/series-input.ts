import type { Config } from '#lib/config';
import type { Inventory } from '#lib/domain/inventory';
import { applyScenario } from '#lib/rules/apply-scenario';
import type { Scenario } from '#lib/rules/scenario';
import type { SeriesInput } from '#lib/rules/types';
import type { ModelledSeries } from './model-series.ts';

/** What every series of a run is evaluated with (see {@link seriesInput}). */
export interface SeriesInputRun {
  readonly inventory: Inventory;
  readonly asOf: string;
  readonly config: Config;
  readonly scenario?: Scenario;
  readonly soleLinks: ReadonlySet<string>;
}

/**
 * A modelled series as the rules read it: with its groups' planned
 * augments, after the what-if scenario's changes, if any. A link gets its
 * group's augments only when it is the group's one link: an augment adds
 * ports to the group, and which link of several carries them is not known
 * (given to each, the links of a group added up to more capacity than the
 * group; the new ports show as links once they are in links.csv).
 *
 * @param series - the modelled series (catalog entry, history, forecast)
 * @param run - the inventory, as-of date, configuration, what-if and the
 *   groups of one link (`soleLinkGroups`)
 * @returns the rules' input
 * @example
 * const input = seriesInput(series, { inventory, asOf, config,
 *   soleLinks: soleLinkGroups(inventory) });
 */
export function seriesInput(
  { entry, history, forecast }: ModelledSeries,
  run: SeriesInputRun,
): SeriesInput {
  const groups = new Set(entry.links.map((link) => link.group));
  const counted = (group: string) =>
    groups.has(group) && (entry.level !== 'link' || run.soleLinks.has(group));
  const input: SeriesInput = {
    level: entry.level,
    key: entry.key,
    links: entry.links,
    augments: run.inventory.augments.filter((a) => counted(a.group)),
    history,
    forecast,
    asOf: run.asOf,
    config: run.config,
  };
  return run.scenario ? applyScenario(input, run.scenario) : input;
}

/**
 * The groups of one link in the inventory. `evaluateAll` passes the links
 * in service that report (`reportingInventory`): a link whose sibling is
 * retired or silent is its group's one link, and its group's augments
 * are its own upgrade (before, counting the whole links.csv, it got none).
 *
 * @example
 * soleLinkGroups(inventory).has('Acme/LHR1/pni');
 */
export function soleLinkGroups(inventory: Inventory): Set<string> {
  const links = new Map<string, number>();
  for (const link of inventory.links) {
    links.set(link.group, (links.get(link.group) ?? 0) + 1);
  }
  return new Set([...links].filter(([, n]) => n === 1).map(([g]) => g));
}
