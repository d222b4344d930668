import {
  IFSPEED_CEILING_BPS,
  MAX_CAPACITY_BPS,
  MIN_CAPACITY_BPS,
} from '#lib/domain/capacity-bounds';
import { unitProblem } from './capacity-units.ts';

/** Readers of capacities in bps (`capacity_bps`, `port_bps`, `added_bps`). */
export interface CapacityReader {
  /** A capacity in bps, from `MIN_CAPACITY_BPS` (1 Mbps) to `MAX_CAPACITY_BPS` (50 Tbps). */
  capacity(field: string): number;
  optionalCapacity(field: string): number | undefined;
}

/** The row's readers of positive numbers (`FieldReader`'s). */
interface PositiveReader {
  positive(field: string): number;
}

/**
 * Builds the capacity readers of one row on its positive-number readers:
 * a capacity below 1 Mbps is a unit slip (100 typed for a 100 Gbps port),
 * rejected with the figure it likely meant; one above 50 Tbps has zeros
 * too many, rejected with its reading in Tbps; SNMP `ifSpeed`'s ceiling
 * (`IFSPEED_CEILING_BPS`) is no speed, rejected saying which to write; a
 * figure with a unit (`100G`, `100 Gbps`, `10GE`) or a bundle's members
 * (`4 x 100G`) is rejected with the number in bps to write
 * (`unitProblem`), read from the raw text.
 *
 * @param numbers - reads a field as a positive decimal number
 * @param raw - reads a field's trimmed text
 * @param fail - throws the row's error naming file, line, field and value
 * @returns `capacity` and `optionalCapacity`
 * @example
 * capacityFields(numbers, raw, fail).capacity('capacity_bps');
 */
export function capacityFields(
  numbers: PositiveReader,
  raw: (field: string) => string,
  fail: (field: string, problem: string) => never,
): CapacityReader {
  const atLeastFloor = (field: string, bps: number) => {
    if (bps < MIN_CAPACITY_BPS) return fail(field, belowFloor(bps));
    if (bps > MAX_CAPACITY_BPS) return fail(field, aboveCeiling(bps));
    if (bps === IFSPEED_CEILING_BPS) return fail(field, IFSPEED_PROBLEM);
    return bps;
  };
  const positive = (field: string) => {
    const problem = unitProblem(raw(field), field === 'port_bps');
    return problem === undefined
      ? numbers.positive(field)
      : fail(field, problem);
  };
  return {
    capacity: (field) => atLeastFloor(field, positive(field)),
    optionalCapacity: (field) =>
      raw(field) === '' ? undefined : atLeastFloor(field, positive(field)),
  };
}

/** Why `ifSpeed`'s ceiling is no capacity, and what to write instead. */
const IFSPEED_PROBLEM =
  "is SNMP ifSpeed's ceiling (RFC 2863), which it reports for any " +
  "interface faster than 4.29 Gbps, not a speed: write the link's speed " +
  'in bps (ifHighSpeed, in Mbps, × 1000000)';

/**
 * What is wrong with a capacity below the floor, and the likely fix: a
 * figure under 1000 read as Gbps (100 for 100 Gbps, 0.5 for 500 Mbps),
 * a larger one as Mbps (10000 for 10 Gbps), when that reading clears the
 * floor.
 *
 * @param bps - the capacity read, positive and below the floor
 * @returns the problem, e.g. `must be in bps, at least 1000000 (1 Mbps):
 *   100 is 100 bps; did you mean 100 Gbps = 100000000000?`
 * @example
 * belowFloor(100);
 */
function belowFloor(bps: number): string {
  const [unit, scale] = bps < 1000 ? ['Gbps', 1e9] : ['Mbps', 1e6];
  const meant = Math.round(bps * scale);
  const hint =
    meant >= MIN_CAPACITY_BPS
      ? `; did you mean ${bps} ${unit} = ${meant}?`
      : '';
  return (
    `must be in bps, at least ${MIN_CAPACITY_BPS} (1 Mbps): ` +
    `${bps} is ${bps} bps${hint}`
  );
}

/**
 * What is wrong with a capacity above the ceiling: its reading in Tbps.
 *
 * @param bps - the capacity read, above the ceiling
 * @returns the problem, e.g. `must be in bps, at most 50000000000000
 *   (50 Tbps): 1000000000000000 is 1000 Tbps; a zero or more too many?`
 * @example
 * aboveCeiling(1e15);
 */
function aboveCeiling(bps: number): string {
  const tbps = Number((bps / 1e12).toPrecision(6));
  return (
    `must be in bps, at most ${MAX_CAPACITY_BPS} (50 Tbps): ` +
    `${bps} is ${tbps} Tbps; a zero or more too many?`
  );
}
