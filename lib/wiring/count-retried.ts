import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { METRICS } from '#lib/domain/metrics';

// Counted per function, so that one stage's retried stops are not taken
// from another's errors (dev and prod may share an account and run at
// the same hour): the alarm reads its own function's (`functionErrors`).
const FUNCTION_NAME = process.env.AWS_LAMBDA_FUNCTION_NAME;
const metrics = new Metrics({
  namespace: METRICS.namespace,
  serviceName: METRICS.service,
  ...(FUNCTION_NAME
    ? { defaultDimensions: { FunctionName: FUNCTION_NAME } }
    : {}),
});

/**
 * Counts an error that the state machine retries (a stop on the lake's
 * lock) before it escapes: Lambda counts it as an error, and the
 * function's errors alarm subtracts this metric (`functionErrors`), so
 * that a retried step does not page as a failed one (docs/architecture.md
 * "Rolling up", the lake's lock).
 *
 * @param metricName - e.g. `METRICS.rollupsLakeBeingRead`
 * @param retried - whether an error is the one retried
 * @returns a `catch` handler that counts such an error, then rethrows
 * @example
 * await rollupStage(deps, input).catch(
 *   countRetried(METRICS.rollupsLakeBeingRead, isLakeBeingRead));
 */
export function countRetried(
  metricName: string,
  retried: (error: unknown) => boolean,
): (error: unknown) => never {
  return (error) => {
    if (retried(error)) {
      metrics.addMetric(metricName, MetricUnit.Count, 1);
      metrics.publishStoredMetrics();
    }
    throw error;
  };
}
