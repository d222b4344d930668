import {
  BACKTEST_PLAN_RETRY,
  LAKE_LOCKED_ERROR,
  retryWaitMinutes,
} from './domain/lake-lock-retry.ts';
import { RunLockedError } from './errors.ts';

/**
 * The backtest's plan could not get the lake's lock (a rollup held it
 * past the plan's wait, or a run's plan): its state machine retries the
 * plan on this error by name (`LAKE_LOCKED_ERROR`, `BACKTEST_PLAN_RETRY`),
 * where a failure once the lock is held is not retried
 * (docs/architecture.md "The decision backtest").
 *
 * @example
 * throw new LakeLockedError(error); // the RunLockedError naming the holder
 */
export class LakeLockedError extends RunLockedError {
  /** @param locked - the refusal, naming the lock's holder */
  constructor(locked: RunLockedError) {
    const minutes = retryWaitMinutes(BACKTEST_PLAN_RETRY);
    super(
      "the backtest's plan could not get the lake's lock (the backtest's " +
        `state machine tries the plan again, for ${minutes} minutes at ` +
        `most, then fails the backtest): ${locked.message}`,
      { holderStage: locked.holderStage },
    );
    this.name = LAKE_LOCKED_ERROR;
    Object.assign(this, { code: 'RUN.LAKE_LOCKED' });
  }
}
