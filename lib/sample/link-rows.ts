import { SLOTS_PER_DAY } from './daily-profile.ts';
import type { SampleLink, SamplePlan } from './plan-types.ts';
import { between, type Rng, streamFor, wholeBetween } from './prng.ts';
import type { RowBuffer } from './row-buffer.ts';

/** PRNG purpose id of a link-day's telemetry faults. */
const FAULT_STREAM = 31;
/** Chance per link-day of a run of 1–24 missing samples. */
const GAP_CHANCE = 0.1;
/** Chance per sample of being lost alone. */
const DROP_CHANCE = 0.001;
/** Chance per sample of being written twice. */
const DUPLICATE_CHANCE = 0.0006;
/** Chance per link-day of a counter spike 10–1000 × capacity. */
const SPIKE_CHANCE = 0.04;
/** Chance per link-day of one NaN or negative sample. */
const BAD_CHANCE = 0.003;

/** The faults the telemetry adds to one link on one day. */
interface DayFaults {
  readonly gapStart: number;
  readonly gapEnd: number;
  readonly spikeSlot: number;
  readonly spikeFactor: number;
  readonly badSlot: number;
  readonly badIsNaN: boolean;
}

function planDayFaults(rng: Rng): DayFaults {
  const hasGap = rng() < GAP_CHANCE;
  const gapStart = hasGap ? wholeBetween(rng, 0, SLOTS_PER_DAY - 1) : -1;
  const gapEnd = hasGap ? gapStart + wholeBetween(rng, 1, 24) : -1;
  const spikeSlot =
    rng() < SPIKE_CHANCE ? wholeBetween(rng, 0, SLOTS_PER_DAY - 1) : -1;
  const spikeFactor = 10 ** between(rng, 1, 3);
  const badSlot =
    rng() < BAD_CHANCE ? wholeBetween(rng, 0, SLOTS_PER_DAY - 1) : -1;
  return {
    gapStart,
    gapEnd,
    spikeSlot,
    spikeFactor,
    badSlot,
    badIsNaN: rng() < 0.5,
  };
}

/**
 * Capacity of a link on a day: it steps up on the upgrade day.
 *
 * @param link - the link
 * @param day - day offset
 * @returns capacity in bits/s
 * @example
 * capacityOn(link, 10); // 2e11
 */
export function capacityOn(link: SampleLink, day: number): number {
  return day < link.upgradeDay ? link.capacityBeforeBps : link.capacityBps;
}

/**
 * Appends one link's rows for one day the way the telemetry delivers them:
 * true demand (`outBps`, zero while down) with gaps, lone lost samples,
 * duplicated rows, a counter spike now and then and a rare NaN or negative.
 *
 * @param plan - the sample plan
 * @param link - the link
 * @param day - day offset
 * @param outBps - the link's true demand per slot
 * @param inRatio - in_bps / out_bps of the group
 * @param rows - where the rows go
 * @returns nothing
 * @example
 * appendLinkRows(plan, link, 0, outBps, 0.1, rows);
 */
export function appendLinkRows(
  plan: SamplePlan,
  link: SampleLink,
  day: number,
  outBps: Float64Array,
  inRatio: number,
  rows: RowBuffer,
): void {
  const rng = streamFor(plan.seed, FAULT_STREAM, link.index, day);
  const faults = planDayFaults(rng);
  const capacity = capacityOn(link, day);
  const firstSlot = (plan.firstEpochDay + day) * SLOTS_PER_DAY;
  for (let s = 0; s < SLOTS_PER_DAY; s++) {
    const lost = rng() < DROP_CHANCE;
    if (lost || (s >= faults.gapStart && s < faults.gapEnd)) continue;
    let out = outBps[s]!;
    const inBps = out * inRatio * (0.95 + 0.1 * rng());
    if (s === faults.spikeSlot) out = capacity * faults.spikeFactor;
    if (s === faults.badSlot) out = faults.badIsNaN ? Number.NaN : -out;
    rows.push(firstSlot + s, link.index, out, inBps, capacity);
    if (rng() < DUPLICATE_CHANCE) {
      rows.push(firstSlot + s, link.index, out, inBps, capacity);
    }
  }
}
