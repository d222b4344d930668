import {
  LAKE_LOCKED_ERROR,
  PLAN_LAKE_RETRY,
  retryWaitMinutes,
} from './domain/lake-lock-retry.ts';
import { RunLockedError } from './errors.ts';

/** Whose plan: the run's (`plan`) or the backtest's, and what it fails. */
const PLANS = {
  plan: 'run',
  backtest: 'backtest',
} as const;

/**
 * A plan (the run's, the backtest's) could not get the lake's lock (a
 * rollup held it past the plan's wait, or held off new readers): its
 * state machine retries the plan on this error by name
 * (`LAKE_LOCKED_ERROR`, `PLAN_LAKE_RETRY`), where a failure once the lock
 * is held is not retried (docs/architecture.md "Rolling up", the lake's
 * lock).
 *
 * @example
 * throw new LakeLockedError(error, 'plan'); // the refusal naming the holder
 */
export class LakeLockedError extends RunLockedError {
  /**
   * @param locked - the refusal, naming the lock's holder
   * @param stage - the plan's stage: the run's `plan`, or `backtest`
   */
  constructor(locked: RunLockedError, stage: keyof typeof PLANS) {
    const minutes = retryWaitMinutes(PLAN_LAKE_RETRY);
    const whose = PLANS[stage];
    super(
      `the ${whose}'s plan could not get the lake's lock (the ${whose}'s ` +
        `state machine tries the plan again, for ${minutes} minutes at ` +
        `most, then fails the ${whose}): ${locked.message}`,
      { holderStage: locked.holderStage },
    );
    this.name = LAKE_LOCKED_ERROR;
    Object.assign(this, { code: 'RUN.LAKE_LOCKED' });
  }
}
