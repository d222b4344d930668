import { compareCodePoints } from '#lib/domain/code-point-order';
import type { InventoryLink } from '#lib/domain/inventory';
import type { ScenarioEvent } from './scenario.ts';

/** Days something is down: from `from` until the day before `until`. */
export interface Outage {
  readonly from: string;
  /** Excluded; none: down to the end of the horizon. */
  readonly until?: string;
}

/**
 * The days each link is down in a what-if: the `link-down` and
 * `site-down` events that name it, overlapping or touching ones joined,
 * so that a link two events take down is taken once.
 *
 * @param links - the links to look at
 * @param events - the scenario's events
 * @returns per link id, its outages in date order (links never down are
 *   left out)
 * @example
 * linkOutages([lhr1a], [{ kind: 'site-down', site: 'LHR1',
 *   from: '2026-12-10', until: '2026-12-17' }]).get('lhr1a');
 * // [{ from: '2026-12-10', until: '2026-12-17' }]
 */
export function linkOutages(
  links: readonly InventoryLink[],
  events: readonly ScenarioEvent[],
): Map<string, Outage[]> {
  const outages = new Map<string, Outage[]>();
  for (const link of links) {
    const windows = events.flatMap((event) => {
      if (event.kind === 'link-down' && event.linkId === link.linkId) {
        return [windowOf(event)];
      }
      if (event.kind === 'site-down' && event.site === link.site) {
        return [windowOf(event)];
      }
      return [];
    });
    if (windows.length > 0) outages.set(link.linkId, joined(windows));
  }
  return outages;
}

/**
 * The days on which every one of some links is down (a group's members:
 * the group is down, and so are the ports its augments add).
 *
 * @param members - the links' outages, one list per link (a link never
 *   down has an empty list)
 * @returns the common outages in date order (none when a link is never
 *   down, or when the lists share no day)
 * @example
 * allDown([[{ from: '2026-12-01', until: '2026-12-10' }],
 *   [{ from: '2026-12-05' }]]); // [{ from: '2026-12-05', until: '2026-12-10' }]
 */
export function allDown(members: readonly (readonly Outage[])[]): Outage[] {
  if (members.length === 0) return [];
  return members
    .slice(1)
    .reduce<Outage[]>(
      (common, outages) =>
        common.flatMap((a) => outages.flatMap((b) => overlap(a, b))),
      [...members[0]!],
    );
}

function windowOf(event: {
  readonly from: string;
  readonly until?: string | undefined;
}): Outage {
  return event.until === undefined
    ? { from: event.from }
    : { from: event.from, until: event.until };
}

/** Outages in date order, those that overlap or touch joined into one. */
function joined(windows: readonly Outage[]): Outage[] {
  const sorted = [...windows].sort((a, b) => compareCodePoints(a.from, b.from));
  const out: Outage[] = [];
  for (const next of sorted) {
    const last = out.at(-1);
    if (last === undefined || !reaches(last, next.from)) {
      out.push(next);
      continue;
    }
    const until = laterEnd(last.until, next.until);
    out[out.length - 1] = windowOf({ from: last.from, until });
  }
  return out;
}

/**
 * The days two outages share (a group's members both down, an augment in
 * service during its group's outage).
 *
 * @param a - one outage (or days in service: from a date, no end)
 * @param b - the other
 * @returns the shared days as one outage, or none
 * @example
 * overlap({ from: '2026-12-12' }, { from: '2026-12-10', until: '2026-12-17' });
 * // [{ from: '2026-12-12', until: '2026-12-17' }]
 */
export function overlap(a: Outage, b: Outage): Outage[] {
  // The later day: Biome reads `a < b ? b : a` as a number max.
  const from = compareCodePoints(a.from, b.from) < 0 ? b.from : a.from;
  const until = earlierEnd(a.until, b.until);
  if (until !== undefined && until <= from) return [];
  return [windowOf({ from, until })];
}

/** Whether `outage` lasts up to (or past) `day`. */
function reaches(outage: Outage, day: string): boolean {
  return outage.until === undefined || outage.until >= day;
}

function laterEnd(a?: string, b?: string): string | undefined {
  if (a === undefined || b === undefined) return undefined;
  return compareCodePoints(a, b) < 0 ? b : a;
}

function earlierEnd(a?: string, b?: string): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareCodePoints(a, b) < 0 ? a : b;
}
