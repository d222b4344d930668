import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays, inputDayProblem, toDay } from '#lib/domain/dates';
import { UsageError } from '#lib/errors';
import { buildPlan } from './build-plan.ts';
import { markSampleComplete, prepareOut } from './prepare-out.ts';
import { writeInventory } from './write-inventory.ts';
import { writeTraffic } from './write-traffic.ts';

/** What to generate. */
export interface SampleOptions {
  /** Folder to write `lake/`, `inventory/` and `sample.json` into. */
  out: string;
  /** Links in the inventory (default 100). */
  links?: number;
  /** Days of history (default 430). */
  days?: number;
  /** PRNG seed (default 1). */
  seed?: number;
  /** Last day `YYYY-MM-DD` (default: yesterday, UTC). */
  end?: string;
  /** Called after each day is written. */
  onProgress?: (doneDays: number, totalDays: number) => void | Promise<void>;
}

/** What was generated (also written to `sample.json`, with the seed). */
export interface SampleSummary {
  firstDay: string;
  lastDay: string;
  rows: number;
  links: number;
  groups: number;
  isps: number;
  seconds: number;
}

/**
 * Generates a realistic, deterministic sample: the traffic lake
 * (`OUT/lake/traffic/dt=…/part-0.parquet`), the inventory
 * (`OUT/inventory/links.csv`, `augments.csv`) and, last, `OUT/sample.json`,
 * whose presence means the sample is complete. The same options give the
 * same files; an earlier sample in `OUT` is replaced (with its whole lake,
 * rollups included), but a lake the generator did not write is refused.
 *
 * @param options - output folder, size, seed and last day
 * @returns a summary of what was written
 * @example
 * const summary = await generateSample({ out: 'data/sample' });
 * console.log(`${summary.rows} rows in ${summary.seconds} s`);
 */
export async function generateSample(
  options: SampleOptions,
): Promise<SampleSummary> {
  const { out } = options;
  const { links, days, seed, end } = checkSampleOptions(options);
  const started = performance.now();
  const plan = buildPlan({ seed, links, days, lastDay: end });
  const trafficDir = await prepareOut(out);
  await writeInventory(plan, join(out, 'inventory'));
  const rows = await writeTraffic(
    plan,
    trafficDir,
    options.onProgress ?? (() => {}),
  );
  const summary: SampleSummary = {
    firstDay: plan.firstDay,
    lastDay: plan.lastDay,
    rows,
    links,
    groups: plan.groups.filter((group) => group.listed).length,
    isps: plan.isps,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
  const json = `${JSON.stringify({ ...summary, seed }, null, 2)}\n`;
  await markSampleComplete(out);
  await writeFile(join(out, 'sample.json'), json);
  return summary;
}

/**
 * The sample's size, seed and last day, defaults filled in, checked before
 * anything is written (a lock, a folder, a progress line).
 *
 * @param options - what to generate
 * @returns links, days, seed and end
 * @throws UsageError naming the option and the value
 * @example
 * checkSampleOptions({ out: 'x', days: 30, end: '1970-01-10' }); // throws
 */
export function checkSampleOptions(options: SampleOptions) {
  const { links = 100, days = 430, seed = 1 } = options;
  const end = options.end ?? addDays(toDay(new Date()), -1);
  validate(links, days, seed, end);
  return { links, days, seed, end };
}

function validate(links: number, days: number, seed: number, end: string) {
  const whole = (name: string, value: number, min: number, max: number) => {
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new UsageError(
        `${name} must be a whole number from ${min} to ${max} (got ${value})`,
      );
    }
  };
  whole('links', links, 1, 10_000);
  whole('days', days, 1, 3_660);
  whole('seed', seed, 0, 4_294_967_295);
  const problem = inputDayProblem(end);
  if (problem !== undefined) {
    throw new UsageError(`end ${problem} (got "${end}")`);
  }
  // The lake refuses a dt= folder before 1970, so such a sample could
  // not be run.
  const first = addDays(end, 1 - days);
  const early = inputDayProblem(first);
  if (early !== undefined) {
    throw new UsageError(
      `the sample's first day ${first} (${days} days to end ${end}) ` +
        `${early}; give fewer days or a later end`,
    );
  }
}
