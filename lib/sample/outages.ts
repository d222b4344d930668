import { SLOTS_PER_DAY } from './daily-profile.ts';
import type { SampleGroup } from './plan-types.ts';
import { between, type Rng, streamFor } from './prng.ts';

/** PRNG purpose id of a link's outages. */
const OUTAGE_STREAM = 21;
/** Mean days between two outages of one link. */
const MEAN_DAYS_BETWEEN = 180;

/** A link down from slot `start` (inclusive) to `end` (exclusive), counted from the first day's slot 0. */
export interface Outage {
  readonly start: number;
  readonly end: number;
}

/**
 * Outages per link: a Poisson process (mean gap 180 days) of outages lasting
 * two hours to three days (log-uniform), plus one forced six-hour evening
 * outage on a link of a healthy multi-link group so that every sample,
 * however short, shows failover.
 *
 * @param seed - the sample's seed
 * @param groups - the groups, links indexed from 0
 * @param days - length of the history
 * @returns outages per link index
 * @example
 * planOutages(1, plan.groups, 430)[3]; // [{ start: 12000, end: 12072 }]
 */
export function planOutages(
  seed: number,
  groups: readonly SampleGroup[],
  days: number,
): Outage[][] {
  const links = groups.flatMap((group) => group.links);
  const outages = links.map((link) =>
    randomOutages(streamFor(seed, OUTAGE_STREAM, link.index), days),
  );
  const target =
    groups.find((g) => g.links.length > 1 && g.demand.outcome === 'fine') ??
    groups.find((g) => g.links.length > 1 && g.demand.outcome !== 'n1-broken');
  const link = target?.links[0];
  if (link) {
    const start = Math.floor(days * 0.4) * SLOTS_PER_DAY + 17 * 12;
    outages[link.index]!.push({ start, end: start + 6 * 12 });
  }
  return outages;
}

function randomOutages(rng: Rng, days: number): Outage[] {
  const total = days * SLOTS_PER_DAY;
  const result: Outage[] = [];
  let at = gap(rng);
  while (at < total) {
    const length = Math.round(
      Math.exp(between(rng, Math.log(24), Math.log(864))),
    );
    result.push({ start: at, end: at + length });
    at += length + gap(rng);
  }
  return result;
}

function gap(rng: Rng): number {
  return Math.round(-Math.log(1 - rng()) * MEAN_DAYS_BETWEEN * SLOTS_PER_DAY);
}

/**
 * Marks the slots of one day when a link is down.
 *
 * @param outages - the link's outages
 * @param day - day offset
 * @param mask - 288 flags to fill (1 = down)
 * @returns `mask`
 * @example
 * downMask([{ start: 10, end: 20 }], 0, new Uint8Array(288))[15]; // 1
 */
export function downMask(
  outages: readonly Outage[],
  day: number,
  mask: Uint8Array,
): Uint8Array {
  mask.fill(0);
  const first = day * SLOTS_PER_DAY;
  for (const { start, end } of outages) {
    const from = Math.max(start, first) - first;
    const to = Math.min(end, first + SLOTS_PER_DAY) - first;
    for (let s = from; s < to; s++) mask[s] = 1;
  }
  return mask;
}
