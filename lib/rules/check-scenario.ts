import type { InventoryLink } from '#lib/domain/inventory';
import { InputError } from '#lib/errors';
import type { Scenario, ScenarioEvent } from './scenario.ts';

/**
 * Rejects a scenario whose event names a link, site or ISP that is not in
 * the inventory. Such an event changes nothing (it matches no link), yet
 * the report's banner and the drafted messages would still state it as
 * assumed: a typo in a name would pass for a scenario that leaves every
 * bundle as it was.
 *
 * @param scenario - a parsed scenario
 * @param links - the validated inventory's links
 * @throws InputError naming the scenario, the event's field and its value
 * @example
 * checkScenarioNames(scenario, inventory.links);
 */
export function checkScenarioNames(
  scenario: Scenario,
  links: readonly InventoryLink[],
): void {
  const known = {
    linkId: new Set(links.map((link) => link.linkId)),
    site: new Set(links.map((link) => link.site)),
    isp: new Set(links.map((link) => link.isp)),
  };
  scenario.events.forEach((event, index) => {
    const named = nameOf(event);
    if (named === undefined || known[named.field].has(named.value)) return;
    throw new InputError(
      `scenario '${scenario.name}'`,
      `names no ${WHAT[named.field]} in links.csv`,
      { field: `events.${index}.${named.field}`, value: named.value },
    );
  });
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
