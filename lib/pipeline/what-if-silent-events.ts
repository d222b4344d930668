import type { InventoryLink } from '#lib/domain/inventory';
import type { Logger } from '#lib/ports/logger';
import type { Scenario } from '#lib/rules/scenario';
import {
  type SilentEvent,
  silentEventSentence,
  silentEvents,
} from '#lib/rules/silent-events';

/**
 * A what-if's events that change nothing, their links having sent no
 * traffic in the window (`silentEvents`), for `plan.json`, whence the
 * shards' and publish's banner and the drafted messages say so; each is
 * warned of on the console as the plan finds it.
 *
 * @param log - the run's logger
 * @param run - the run's scenario, if any, and its as-of date
 * @param links - the inventory's links
 * @param silentLinks - the inventory links with no traffic in the window
 * @returns `{ silentEvents }` when there are any, else `{}`
 * @example
 * const plan = { ...whatIfSilentEvents(log, input, links, silentLinks) };
 */
export function whatIfSilentEvents(
  log: Logger,
  run: { readonly scenario?: Scenario; readonly asOf: string },
  links: readonly InventoryLink[],
  silentLinks: readonly string[],
): { readonly silentEvents?: readonly SilentEvent[] } {
  const { scenario, asOf } = run;
  if (scenario === undefined) return {};
  const found = silentEvents(scenario, links, silentLinks, asOf);
  for (const { event, links: ids } of found)
    log.warn(silentEventSentence(scenario.events[event]!, ids), {
      field: `events.${event}`,
    });
  return found.length > 0 ? { silentEvents: found } : {};
}
