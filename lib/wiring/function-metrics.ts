import { Metrics } from '@aws-lambda-powertools/metrics';
import { METRICS } from '#lib/domain/metrics';
import type { Env } from './aws-env.ts';

/**
 * Powertools metrics for this Lambda function: Headroom's namespace and
 * `service`, and the function's name (`FunctionName`, from the Lambda
 * environment) as a dimension, so that each stage's alarm reads its own
 * function's counts: dev and prod may share an account and run at the
 * same hour, and with `service` alone one stage's counts paged, or
 * cancelled out errors, in the other's alarms (docs/architecture.md
 * "Rolling up", the lake's lock).
 *
 * @param env - the process environment (`AWS_LAMBDA_FUNCTION_NAME`)
 * @returns a Metrics instance
 * @example
 * functionMetrics(process.env).addMetric('NotificationsFailed', 'Count', 1);
 */
export function functionMetrics(env: Env): Metrics {
  const name = env.AWS_LAMBDA_FUNCTION_NAME;
  return new Metrics({
    namespace: METRICS.namespace,
    serviceName: METRICS.service,
    ...(name ? { defaultDimensions: { FunctionName: name } } : {}),
  });
}
