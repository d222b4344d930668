import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays } from '#lib/domain/dates';
import { type ChildRun, runArgs, runChild, tail } from './child-run.ts';
import { listLeftovers } from './leftovers.ts';
import { readOutputs } from './outputs.ts';

/** A sample, and what an uninterrupted run of it leaves. */
export interface KillBench {
  /** The sample, copied afresh for every trial. */
  readonly sample: string;
  /** Where every run happens (one path: messages name the report's). */
  readonly trial: string;
  readonly asOf: string;
  readonly reference: ReadonlyMap<string, string>;
  /** The uninterrupted run's wall time and log lines. */
  readonly referenceRun: ChildRun;
}

/**
 * Writes `headroom sample` into `root/sample` and runs it once
 * uninterrupted in `root/trial`, whose outputs become the reference.
 *
 * @param root - an empty working folder
 * @param sample - links, days, seed and last day of the sample
 * @returns the bench: sample, trial folder, as-of and the reference
 * @throws when the sample or the reference run fails, or the reference
 *   leaves scratch or run files
 * @example
 * const bench = await prepareKillBench(root, { links: 12, days: 60, seed: 3, end });
 */
export async function prepareKillBench(
  root: string,
  sample: { links: number; days: number; seed: number; end: string },
): Promise<KillBench> {
  const folder = join(root, 'sample');
  const made = await runChild([
    'sample',
    ...['--out', folder, '--links', String(sample.links)],
    ...['--days', String(sample.days), '--seed', String(sample.seed)],
    ...['--end', sample.end],
  ]);
  if (made.code !== 0) throw new Error(`headroom sample failed: ${tail(made)}`);
  const asOf = addDays(sample.end, 1);
  const trial = join(root, 'trial');
  await cp(folder, trial, { recursive: true });
  const run = await runChild(runArgs(trial, asOf));
  if (run.code !== 0) throw new Error(`reference run failed: ${tail(run)}`);
  const left = await listLeftovers(trial);
  if (left.length > 0) throw new Error(`reference run left ${left}`);
  const reference = await readOutputs(trial, asOf);
  return { sample: folder, trial, asOf, reference, referenceRun: run };
}
