/**
 * Custom CloudWatch metrics Headroom emits (as embedded metric format log
 * lines) and the alerting stack alarms on: one list for both sides.
 *
 * @example
 * new Metrics({ namespace: METRICS.namespace, serviceName: METRICS.service });
 */
export const METRICS = {
  namespace: 'Headroom',
  /** The `service` dimension Powertools adds to every metric. */
  service: 'headroom',
  /** SNS publishes that still failed after retries (sent again next run). */
  notificationsFailed: 'NotificationsFailed',
  /**
   * Rollup invocations that stopped on a reader's hold of the lake
   * (`LakeBeingReadError`), which the state machine retries: Lambda counts
   * each as an error, which the rollup's errors alarm leaves out.
   */
  rollupsLakeBeingRead: 'RollupsLakeBeingRead',
  /**
   * Backtest plans that could not get the lake's lock (`LakeLockedError`),
   * which the backtest's state machine retries: left out of the backtest
   * function's errors alarm likewise.
   */
  backtestPlansLakeLocked: 'BacktestPlansLakeLocked',
  /**
   * The run's plans that could not get the lake's lock
   * (`LakeLockedError`), which the run's state machine retries: left out
   * of the plan function's errors alarm likewise.
   */
  runPlansLakeLocked: 'RunPlansLakeLocked',
} as const;
