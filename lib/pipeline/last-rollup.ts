import { z } from 'zod';
import type { Deps } from './deps.ts';
import { parseJsonAs } from './parse-json-as.ts';
import type { RollupSummary } from './rollup.ts';
import { EMPTY_ROLLUP, ROLLUP_STATE } from './rollup-stage.ts';

/**
 * What a forecast run takes of the saved summary: the faults (a summary
 * saved before a kind of fault was recorded has none of that kind).
 */
const SAVED = z.object({
  unreadableFiles: z
    .array(z.object({ file: z.string(), day: z.string(), reason: z.string() }))
    .default([]),
  notReRolled: z.array(z.string()).default([]),
});

/**
 * The faults the last rollup stage recorded (`state/rollup.json`), for a
 * run that did not roll up itself (the AWS forecast run): the files it
 * set aside and the days it could not roll up again, which the run's
 * data-quality report states. None when no rollup has recorded any. A
 * file that is not such a summary is named in a warning and read as none
 * (README "Bad input": state files are rebuilt): the next rollup writes
 * it again, and finds the same faults again, since it redoes the days of
 * files it set aside.
 *
 * @param deps - the report store and the log
 * @returns the recorded summary (its faults; no days or rows)
 * @example
 * const last = await lastRollup(deps);
 */
export async function lastRollup(
  deps: Pick<Deps, 'reports' | 'log'>,
): Promise<RollupSummary> {
  const bytes = await deps.reports.get(ROLLUP_STATE);
  if (bytes === undefined) return EMPTY_ROLLUP;
  const saved = parseJsonAs(SAVED, bytes);
  if (saved !== undefined) return { ...EMPTY_ROLLUP, ...saved };
  deps.log.warn(
    `${ROLLUP_STATE} is not a rollup's summary (not JSON, or its ` +
      'unreadableFiles or notReRolled malformed): this report lacks the ' +
      "last rollup's set-aside files and days; the next rollup writes it again",
    { file: ROLLUP_STATE },
  );
  return EMPTY_ROLLUP;
}
