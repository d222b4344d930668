import { augmentSteps } from './augment-steps.ts';
import { buildCapacityTimeline } from './capacity-timeline.ts';
import type { SeriesInput } from './types.ts';

/** A series' capacity per forecast day, as the rules count it. */
export interface SeriesCapacity {
  /** Member links, a what-if's outages and the planned augments. */
  readonly capacity: number[];
  /** The same without the planned augments. */
  readonly baseCapacity: number[];
}

/**
 * The capacity timelines of a series: the member links' capacity, a
 * what-if's link outages (`applyScenario`) and the planned augments
 * (down while a what-if has their whole group down: `augmentSteps`).
 * The rules judge against these, and the charts draw `capacity`, so a
 * chart's capacity is the one its figures count.
 *
 * @param input - the series as evaluated (after `applyScenario`, if any)
 * @returns capacity per forecast day, with and without the augments
 * @example
 * seriesCapacity(input).capacity[0]; // the evaluation's capacityBps
 */
export function seriesCapacity(input: SeriesInput): SeriesCapacity {
  const { asOf } = input;
  const days = input.forecast.mean.length;
  const baseBps = input.links.reduce((s, link) => s + link.capacityBps, 0);
  const changes = input.scenario?.capacityChanges ?? [];
  const outages = input.scenario?.groupOutages ?? [];
  const augments = augmentSteps(input.augments, outages);
  return {
    capacity: buildCapacityTimeline(
      baseBps,
      [...changes, ...augments],
      asOf,
      days,
    ),
    baseCapacity: buildCapacityTimeline(baseBps, changes, asOf, days),
  };
}
