import { z } from 'zod';
import type { Deps } from './deps.ts';
import { parseJsonAs } from './parse-json-as.ts';
import { runRollupKey } from './record-rollup.ts';
import type { RollupSummary } from './rollup.ts';
import { EMPTY_ROLLUP, ROLLUP_STATE } from './rollup-stage.ts';

/**
 * What a forecast run takes of the saved summary: the faults (a summary
 * saved before a kind of fault was recorded has none of that kind).
 */
const SAVED = z.object({
  unreadableFiles: z
    .array(
      z.object({
        file: z.string(),
        day: z.string(),
        reason: z.string(),
        missing: z.array(z.string()).optional(),
        offDay: z.object({ first: z.string(), last: z.string() }).optional(),
      }),
    )
    .default([]),
  notReRolled: z.array(z.string()).default([]),
});

/**
 * The faults the rollup stage recorded, for a run that did not roll up
 * itself (the AWS forecast run): the files it set aside and the days it
 * could not roll up again, which the run's data-quality report states.
 * With an execution, its own rollup's (`runRollupKey`); else, or when that
 * is gone (expired with the runs' files, or never written, by a rollup
 * from before these keys: named in a warning), the last rollup's
 * (`state/rollup.json`). None when no rollup has recorded any. A file
 * that is not such a summary is named in a warning and read as none
 * (README "Bad input": state files are rebuilt): the next rollup writes
 * it again, and finds the same faults again, since it redoes the days of
 * files it set aside.
 *
 * @param deps - the report store and the log
 * @param execution - the state machine's execution, on AWS
 * @returns the recorded summary (its faults; no days or rows)
 * @example
 * const last = await lastRollup(deps, execution);
 */
export async function lastRollup(
  deps: Pick<Deps, 'reports' | 'log'>,
  execution?: string,
): Promise<RollupSummary> {
  const { key, bytes } = await readSummary(deps, execution);
  if (bytes === undefined) return EMPTY_ROLLUP;
  const saved = parseJsonAs(SAVED, bytes);
  if (saved !== undefined) return { ...EMPTY_ROLLUP, ...saved };
  deps.log.warn(
    `${key} is not a rollup's summary (not JSON, or its ` +
      'unreadableFiles or notReRolled malformed): this report lacks the ' +
      "last rollup's set-aside files and days; the next rollup writes it again",
    { file: key },
  );
  return EMPTY_ROLLUP;
}

/** The execution's own summary where there is one, else the last one. */
async function readSummary(
  deps: Pick<Deps, 'reports' | 'log'>,
  execution: string | undefined,
): Promise<{ key: string; bytes: Uint8Array | undefined }> {
  if (execution !== undefined) {
    const own = runRollupKey(execution);
    const bytes = await deps.reports.get(own);
    if (bytes !== undefined) return { key: own, bytes };
    deps.log.warn(
      `${own} is missing (expired, or its rollup ran before summaries ` +
        'were kept per execution): the report states the faults of the ' +
        `last rollup (${ROLLUP_STATE}), which may be another execution's`,
      { file: own },
    );
  }
  return { key: ROLLUP_STATE, bytes: await deps.reports.get(ROLLUP_STATE) };
}
