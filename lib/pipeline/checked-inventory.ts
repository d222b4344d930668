import { toDay } from '#lib/domain/dates';
import type { Inventory } from '#lib/domain/inventory';
import type { Deps } from './deps.ts';
import { checkLakeCoverage } from './lake-coverage.ts';
import { loadInventory } from './load-inventory.ts';
import { warnTrafficAfterToday } from './warn-traffic-after-today.ts';

/**
 * The run's inventory, validated, once the lake is known to cover the
 * history window: the plan checks both before it writes anything.
 *
 * @param deps - the ports
 * @param asOf - the run's as-of date
 * @returns the inventory
 * @throws InputError for a bad inventory, or a lake that does not cover
 *   the window
 * @example
 * const inventory = await checkedInventory(deps, '2026-11-26');
 */
export async function checkedInventory(
  deps: Deps,
  asOf: string,
): Promise<Inventory> {
  const when = { asOf, today: toDay(deps.clock.now()) };
  const inventory = await loadInventory(
    deps.inventory,
    deps.config,
    deps.inventoryLocation,
    when,
  );
  const traffic = await checkLakeCoverage(deps.engine, asOf, {
    historyDays: deps.config.historyDays,
    lake: deps.lakeLocation ?? 'lake',
  });
  warnTrafficAfterToday(deps.log, traffic, when);
  return inventory;
}
