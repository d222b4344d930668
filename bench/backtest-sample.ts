/**
 * The sample `bench:backtest` scores: the one at `--data`, generated when
 * missing, rolled up when its `series_daily` is. A sample already there is
 * scored as it is, so a `--seed` or `--end` it does not match is refused
 * before any work rather than ignored: the figures would be another
 * sample's (README, the bench table's `bench:backtest` row).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runLocal } from '#lib/cli/run-local';
import { addDays } from '#lib/domain/dates';
import { generateSample } from '#lib/sample/index';
import type { SampleJson } from './backtest-print.ts';

/** What the command line asked of the sample (either may be left out). */
export interface SampleAsked {
  readonly seed?: number;
  readonly end?: string;
}

/**
 * Why the sample at `data` is not the one asked, if it is not.
 *
 * @param data - the sample's folder
 * @param sample - its `sample.json`
 * @param asked - `--seed` and `--end`, as given
 * @returns the problem, or `undefined` when what was asked matches
 */
export function sampleMismatch(
  data: string,
  sample: SampleJson,
  asked: SampleAsked,
): string | undefined {
  const { seed, end } = asked;
  const wrong = [
    seed !== undefined && seed !== sample.seed ? `--seed ${seed}` : '',
    end !== undefined && end !== sample.lastDay ? `--end ${end}` : '',
  ].filter(Boolean);
  if (wrong.length === 0) return undefined;
  return (
    `${data} already holds a sample (seed ${sample.seed}, ending ` +
    `${sample.lastDay}), which would be scored as it is, not the ` +
    `${wrong.join(' and ')} asked: give a new --data to generate that ` +
    'one, or leave out --seed and --end to score this one'
  );
}

/** The `sample.json` at `data`, or `undefined` when there is none. */
export async function readSample(
  data: string,
): Promise<SampleJson | undefined> {
  const file = join(data, 'sample.json');
  if (!existsSync(file)) return undefined;
  return JSON.parse(await readFile(file, 'utf8')) as SampleJson;
}

/**
 * The sample at `data`, generated as asked when there is none, rolled up
 * (reports to `temp`) when its `series_daily` is missing.
 *
 * @param data - the sample's folder
 * @param temp - a scratch folder
 * @param asked - `--seed` and `--end`, for a new sample
 * @returns its `sample.json`
 */
export async function ensureRolledUp(
  data: string,
  temp: string,
  asked: SampleAsked,
): Promise<SampleJson> {
  const [lake, inventory] = [join(data, 'lake'), join(data, 'inventory')];
  let sample = await readSample(data);
  if (sample === undefined) {
    console.log(`no sample at ${data}: generating one (about 15 s)`);
    await generateSample({ out: data, ...asked });
    sample = (await readSample(data))!;
  }
  const { lastDay } = sample;
  if (!existsSync(join(lake, 'series_daily', `dt=${lastDay}`))) {
    console.log('series_daily is missing: rolling up with headroom run');
    await runLocal({
      lake,
      inventory,
      out: join(temp, 'out'),
      asOf: addDays(lastDay, 1),
      quiet: true,
    });
  }
  return sample;
}
