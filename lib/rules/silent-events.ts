import { isRetired } from '#lib/domain/in-service';
import type { InventoryLink } from '#lib/domain/inventory';
import type { Scenario, ScenarioEvent } from './scenario.ts';

/** A what-if event whose every link sent no traffic in the window. */
export interface SilentEvent {
  /** The event's index in the scenario's `events`. */
  readonly event: number;
  /** The links it names (in service), none of which sent traffic. */
  readonly links: readonly string[];
}

/**
 * The events of a scenario that change nothing because every link they
 * name sent no traffic in the window (docs/architecture.md "Bundles with
 * a silent link"): a silent link is already out of its bundle's members,
 * so taking it down removes nothing, and a site or an ISP of silent links
 * only has no series to take down or multiply. The scenario check runs
 * before the rollup, which finds the silent links, so such an event is
 * not refused as a retired link's is: the report says it changes nothing.
 * An event naming another link too, or a surge of every ISP, is not one.
 *
 * @param scenario - the run's scenario
 * @param links - the inventory's links
 * @param silentLinks - the inventory links with no traffic in the window
 * @param asOf - the run's date, which links are retired by
 * @returns the events that change nothing, in the scenario's order
 * @example
 * silentEvents(scenario, inventory.links, ['a2'], '2026-05-01');
 * // [{ event: 0, links: ['a2'] }]
 */
export function silentEvents(
  scenario: Scenario,
  links: readonly InventoryLink[],
  silentLinks: readonly string[],
  asOf: string,
): SilentEvent[] {
  const silent = new Set(silentLinks);
  const live = links.filter((link) => !isRetired(link, asOf));
  return scenario.events.flatMap((event, index) => {
    const named = live.filter((link) => names(event, link));
    return named.length > 0 && named.every((l) => silent.has(l.linkId))
      ? [{ event: index, links: named.map((link) => link.linkId) }]
      : [];
  });
}

/** Whether an event names a link (itself, its site or its ISP). */
function names(event: ScenarioEvent, link: InventoryLink): boolean {
  switch (event.kind) {
    case 'link-down':
      return link.linkId === event.linkId;
    case 'site-down':
      return link.site === event.site;
    default:
      return event.isp !== undefined && link.isp === event.isp;
  }
}

/** How many of an event's links its sentence names. */
const NAMED = 5;

/**
 * The sentence saying that an event changes nothing, and why, for the
 * what-if's banner, its drafted messages and the console.
 *
 * @param event - the scenario's event
 * @param links - its links, none of which sent traffic in the window
 * @returns e.g. 'Link a2 sent no traffic in the window: its bundle is
 *   judged without it already, so taking it down changes nothing.'
 * @example
 * silentEventSentence({ kind: 'link-down', linkId: 'a2', from: '2026-05-01' }, ['a2']);
 */
export function silentEventSentence(
  event: ScenarioEvent,
  links: readonly string[],
): string {
  const more = links.length > NAMED ? ` and ${links.length - NAMED} more` : '';
  const ids = `${links.slice(0, NAMED).join(', ')}${more}`;
  switch (event.kind) {
    case 'link-down':
      return `Link ${event.linkId} sent no traffic in the window: its bundle is judged without it already, so taking it down changes nothing.`;
    case 'site-down':
      return `No link in service at site ${event.site} sent traffic in the window (${ids}): no bundle there is forecast, so taking it down changes nothing.`;
    default:
      return `No link of ${event.isp} in service sent traffic in the window (${ids}): it is not forecast, so its demand ×${event.factor} changes nothing.`;
  }
}
