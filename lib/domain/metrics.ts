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
} as const;
