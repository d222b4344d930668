import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { functionMetrics } from './function-metrics.ts';

const metrics = functionMetrics(process.env);

/**
 * Counts an error that the state machine retries (a stop on the lake's
 * lock) before it escapes: Lambda counts it as an error, and the
 * function's errors alarm subtracts this metric (`functionErrors`), so
 * that a retried step does not page as a failed one (docs/architecture.md
 * "Rolling up", the lake's lock). The count is stamped with the
 * invocation's start, as Lambda stamps `Errors`: stamped when thrown,
 * up to 15 minutes later, the two fell in different 5-minute periods and
 * the alarm paged for a retried stop.
 *
 * @param metricName - e.g. `METRICS.rollupsLakeBeingRead`
 * @param retried - whether an error is the one retried
 * @param invokedAtMs - when the invocation began (epoch ms, `StageRun`)
 * @returns a `catch` handler that counts such an error, then rethrows
 * @example
 * await rollupStage(deps, input).catch(
 *   countRetried(METRICS.rollupsLakeBeingRead, isLakeBeingRead, invokedAtMs));
 */
export function countRetried(
  metricName: string,
  retried: (error: unknown) => boolean,
  invokedAtMs: number,
): (error: unknown) => never {
  return (error) => {
    if (retried(error)) {
      metrics.setTimestamp(invokedAtMs);
      metrics.addMetric(metricName, MetricUnit.Count, 1);
      metrics.publishStoredMetrics();
    }
    throw error;
  };
}
