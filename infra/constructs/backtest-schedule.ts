import { Duration, TimeZone } from 'aws-cdk-lib';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { stateMachineName } from '../resource-names.ts';
import type { StageConfig } from '../stage-config.ts';
import { RUN_WINDOW } from './run-window.ts';

/**
 * Kept between the latest a daily run may still touch the lake
 * (`RUN_WINDOW`) and the backtest's start, should a stage be slower to
 * stop than its timeout says.
 */
const MARGIN = Duration.minutes(30);

/**
 * Whole hours between the daily run's scheduled start and the backtest's:
 * 4, since a run may start an hour late and go on for 2 hours and 15
 * minutes (`RUN_WINDOW`), plus `MARGIN`; so that the backtest never reads
 * `series_daily` while a run's rollup replaces a day in it.
 */
const HOURS_AFTER_RUN = Math.ceil(RUN_WINDOW.plus(MARGIN).toMinutes() / 60);

/**
 * Starts the backtest state machine on the 2nd of each month, `HOURS_AFTER_RUN`
 * hours after the daily run (07:15 for a 03:15 run; past midnight it
 * falls on the 2nd after the 1st's run), with `{}`: 9 months of the
 * rolled-up data, every 30 days, up to the last date judged in full. Monthly, as the result moves little
 * from day to day (a 30-day step adds one as-of date a month); a schedule
 * of its own, not a state of the daily run, so that a backtest never
 * delays, fails or unlocks a run.
 *
 * @param scope - the pipeline stack
 * @param stage - the stage (time zone, run hour)
 * @param machine - the backtest's state machine
 * @returns the schedule
 * @example
 * scheduleBacktest(this, stage, backtest.stateMachine);
 */
export function scheduleBacktest(
  scope: Construct,
  stage: StageConfig,
  machine: sfn.IStateMachine,
): scheduler.Schedule {
  const hour = (stage.runHour + HOURS_AFTER_RUN) % 24;
  return new scheduler.Schedule(scope, 'MonthlyBacktest', {
    scheduleName: stateMachineName(stage, 'backtest'),
    schedule: scheduler.ScheduleExpression.cron({
      minute: '15',
      hour: String(hour),
      day: '2',
      timeZone: TimeZone.of(stage.timeZone),
    }),
    description: `Headroom backtest on the 2nd at ${hour}:15 ${stage.timeZone}`,
    // A failed execution is not retried (the same data fails the same
    // way); the backtest's alarms tell operations.
    target: new targets.StepFunctionsStartExecution(machine, {
      input: scheduler.ScheduleTargetInput.fromObject({}),
      // Retries cover failures to start; a duplicate execution writes the
      // same backtest again, under an id of its own.
      retryAttempts: 2,
      // A month's backtest is still worth having a few hours late.
      maxEventAge: Duration.hours(6),
    }),
  });
}
