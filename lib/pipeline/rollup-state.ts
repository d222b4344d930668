import { z } from 'zod';
import type { RollupBatchCutError } from '#lib/query-error';
import type { Deps } from './deps.ts';
import { parseJsonAs } from './parse-json-as.ts';
import type { BatchLimits } from './rollup-batches.ts';

/** Where the last rollup's summary is kept in the report store. */
export const ROLLUP_STATE = 'state/rollup.json';

const LIMITS = z.object({
  days: z.number().int().min(1),
  bytes: z.number().int().min(1),
});

/** What the rollup takes of its saved summary: the remembered limits. */
const SAVED = z.looseObject({ batchLimits: LIMITS.optional() });

/** The saved summary as read, and the batch limits it remembers. */
export interface SavedBatchLimits {
  readonly saved: Readonly<Record<string, unknown>>;
  readonly limits?: BatchLimits;
}

/**
 * The batch limits the last rollups remembered (`batchLimits` in
 * `state/rollup.json`: docs/architecture.md "How a run flows", time on
 * AWS). None when the file is missing or older than them; a file that is
 * not JSON or whose `batchLimits` is malformed is named in a warning and
 * read as none (README "Bad input": state files are rebuilt).
 *
 * @param deps - the report store and the log
 * @returns the saved summary and its limits, if any
 * @example
 * const { limits } = await readBatchLimits(deps);
 */
export async function readBatchLimits(
  deps: Pick<Deps, 'reports' | 'log'>,
): Promise<SavedBatchLimits> {
  const bytes = await deps.reports.get(ROLLUP_STATE);
  if (bytes === undefined) return { saved: {} };
  const saved = parseJsonAs(SAVED, bytes);
  if (saved !== undefined) {
    const { batchLimits: limits, ...rest } = saved;
    return limits ? { saved: rest, limits } : { saved: rest };
  }
  deps.log.warn(
    `${ROLLUP_STATE} is not a rollup's summary (not JSON, or its batchLimits ` +
      'malformed): the rollup batches by rollup.batchDays and ' +
      'rollup.scanBytes, and writes the file again',
    { file: ROLLUP_STATE },
  );
  return { saved: {} };
}

/**
 * Records the limits a batch cut for time leaves to the next rollup, in
 * the saved summary (kept otherwise as it was), then throws the cut.
 *
 * @param deps - the report store and the log
 * @param saved - the summary as read before the rollup
 * @param cut - the batch's error
 * @returns never: throws `cut`
 * @example
 * await rememberCut(deps, saved, error);
 */
export async function rememberCut(
  deps: Pick<Deps, 'reports' | 'log'>,
  saved: SavedBatchLimits['saved'],
  cut: RollupBatchCutError,
): Promise<never> {
  const state = { ...saved, batchLimits: cut.next };
  try {
    const text = `${JSON.stringify(state, null, 2)}\n`;
    await deps.reports.put(ROLLUP_STATE, text, 'application/json');
  } catch (error) {
    // The cut is what the run must report; the next cut records it again.
    deps.log.error(`${ROLLUP_STATE} not written: ${(error as Error).message}`);
  }
  throw cut;
}

/**
 * Runs `work`, a run's rollup and plan; when it fails (a refusal after
 * the rollup: an `--as-of` weeks after the lake's last day) in a report
 * store that held no rollup summary before, deletes the one its rollup
 * recorded, and so the `state/` it made: a refused run into a new
 * `--out` left `state/rollup.json` there, where `undoNewOut` removes
 * only empty folders. The run holds the store's lock, so no other run
 * wrote the summary meanwhile; the lake keeps the days rolled up.
 *
 * @param deps - the report store
 * @param work - the rollup and plan
 * @returns what `work` returned
 * @throws what `work` threw, after the summary is deleted
 * @example
 * const plan = await undoNewRollupState(deps, () => rollUpAndPlan(…));
 */
export async function undoNewRollupState<T>(
  deps: Pick<Deps, 'reports'>,
  work: () => Promise<T>,
): Promise<T> {
  const had = (await deps.reports.get(ROLLUP_STATE)) !== undefined;
  try {
    return await work();
  } catch (error) {
    if (!had) await deps.reports.delete([ROLLUP_STATE]);
    throw error;
  }
}
