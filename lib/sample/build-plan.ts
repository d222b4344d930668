import { addDays, daysBetween } from '#lib/domain/dates';
import { addPastCrossings } from './plan-crossings.ts';
import { addPlanExtras } from './plan-extras.ts';
import { planGroupShapes } from './plan-groups.ts';
import { buildGroups, unlistedGroup } from './plan-links.ts';
import { assignOutcomes } from './plan-outcomes.ts';
import { addLateStep } from './plan-step.ts';
import type { SampleAugment, SampleGroup, SamplePlan } from './plan-types.ts';
import { streamFor, wholeBetween } from './prng.ts';

/** PRNG purpose id of the plan (inventory and outcomes). */
const PLAN_STREAM = 1;
/** PRNG purpose id of the past crossings (apart, so the rest stays put). */
const CROSSING_STREAM = 2;

/** What a plan is built from (validated by the caller). */
export interface PlanOptions {
  readonly seed: number;
  readonly links: number;
  readonly days: number;
  /** Last day, `YYYY-MM-DD`. */
  readonly lastDay: string;
}

/**
 * Decides the whole sample before any row is written: groups and links,
 * each group's demand design (one with a late step up, a few that crossed
 * critical inside the history and were augmented), augments, and the
 * calendar of faults.
 *
 * @param options - seed, size and last day
 * @returns the plan
 * @example
 * buildPlan({ seed: 1, links: 100, days: 430, lastDay: '2026-11-25' });
 */
export function buildPlan(options: PlanOptions): SamplePlan {
  const { seed, links, days, lastDay } = options;
  const rng = streamFor(seed, PLAN_STREAM);
  const shapes = planGroupShapes(rng, links);
  const extras = addPlanExtras(rng, assignOutcomes(rng, shapes, days), days);
  const firstDay = addDays(lastDay, 1 - days);
  const firstEpochDay = daysBetween('1970-01-01', firstDay);
  const params = addPastCrossings(
    streamFor(seed, CROSSING_STREAM),
    shapes,
    addLateStep(shapes, extras, days),
    { days, firstEpochDay },
  );
  const listed = buildGroups(shapes, params);
  const groups = [...listed, unlistedGroup(rng, listed, days)];
  const partialGroup = listed[wholeBetween(rng, 0, listed.length - 1)]!;
  return {
    seed,
    firstDay,
    lastDay,
    days,
    firstEpochDay,
    groups,
    links: groups.flatMap((group) => group.links),
    augments: [
      ...planAugments(rng, listed, lastDay),
      ...recordedUpgrades(listed, firstDay),
    ],
    isps: new Set(listed.map((group) => group.isp.name)).size,
    missingDays: missingDaysFor(days),
    partialDay: {
      day: days >= 4 ? Math.floor(days * 0.5) : -1,
      linkIndex: partialGroup.links[0]!.index,
    },
    eventDay: eventDayFor(days, firstEpochDay),
  };
}

/** One whole day missing, two in longer histories; never the last week. */
function missingDaysFor(days: number): number[] {
  if (days < 5) return [];
  const first = Math.floor(days * 0.35);
  return days >= 60 ? [first, Math.floor(days * 0.72)] : [first];
}

/** The Saturday at or after 60 % of the history (a cup final). */
function eventDayFor(days: number, firstEpochDay: number): number {
  const start = Math.floor(days * 0.6);
  for (let day = start; day < Math.min(days, start + 7); day++) {
    // 1970-01-01 was a Thursday: Saturday is weekday 6.
    if ((firstEpochDay + day + 4) % 7 === 6) return day;
  }
  return start;
}

function planAugments(
  rng: () => number,
  groups: readonly SampleGroup[],
  lastDay: string,
): SampleAugment[] {
  return groups.flatMap((group) => {
    const augment = group.demand.augment;
    if (!augment) return [];
    return [
      {
        group: group.name,
        inServiceDate: addDays(lastDay, augment.afterEndDays),
        addedBps: augment.ports * group.portBps,
        reference: otherThan(
          `CHG-${wholeBetween(rng, 10_000, 99_999)}`,
          group.demand.recordedAugment,
        ),
      },
    ];
  });
}

/**
 * The drawn reference, or one next to it when the group's recorded
 * upgrade drew the same: augments.csv takes a reference once per group.
 *
 * @param reference - the planned augment's drawn reference
 * @param taken - the group's recorded upgrade's, if any
 * @returns a reference the group does not have yet
 * @example
 * otherThan('CHG-12345', 'CHG-12345'); // 'CHG-12345-2'
 */
export function otherThan(
  reference: string,
  taken: string | undefined,
): string {
  return reference === taken ? `${reference}-2` : reference;
}

/** Upgrades still in augments.csv: in service since their upgrade day. */
function recordedUpgrades(
  groups: readonly SampleGroup[],
  firstDay: string,
): SampleAugment[] {
  return groups.flatMap((group) => {
    const { recordedAugment, upgradeDay } = group.demand;
    if (recordedAugment === undefined || upgradeDay === undefined) return [];
    return [
      {
        group: group.name,
        inServiceDate: addDays(firstDay, upgradeDay),
        addedBps: group.links.length * group.portBps,
        reference: recordedAugment,
      },
    ];
  });
}
