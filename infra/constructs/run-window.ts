import { Duration } from 'aws-cdk-lib';

/**
 * How late the daily schedule may start a run (its `maxEventAge`): a
 * start more than an hour late is dropped, as the next day's run catches
 * up the rollup anyway.
 */
export const RUN_START_MAX_DELAY = Duration.hours(1);

/**
 * The run state machine's timeout. The targets are 30 min at 100,000
 * links; twice that plus margin before a stuck run is cut off (its lock
 * expires with the locks/ lifecycle rule).
 */
export const RUN_TIMEOUT = Duration.hours(2);

/**
 * How long after its scheduled start a daily run may still touch the
 * lake: started up to `RUN_START_MAX_DELAY` late, cut off `RUN_TIMEOUT`
 * later, and a stage Lambda it invoked just before the cut-off runs on to
 * its own timeout, 15 minutes at most (Step Functions does not stop it).
 *
 * @example
 * RUN_WINDOW.toMinutes(); // 195
 */
export const RUN_WINDOW = RUN_START_MAX_DELAY.plus(RUN_TIMEOUT).plus(
  Duration.minutes(15),
);
