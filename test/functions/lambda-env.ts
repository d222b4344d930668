import type { Context } from 'aws-lambda';
/**
 * The environment a Lambda handler reads (lib/wiring/aws-env.ts), pointed
 * at an s3rver endpoint with its fixed credentials and quiet logs, for
 * the handler tests. `over` replaces or adds variables.
 *
 * @param endpoint - the s3rver endpoint
 * @param over - variables to change, e.g. the report bucket or the config
 * @returns the variables, ready for `Object.assign(process.env, …)`
 * @example
 * Object.assign(process.env, lambdaEnv(s3.endpoint));
 */
export function lambdaEnv(
  endpoint: string,
  over: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return {
    HEADROOM_LAKE_BUCKET: 'lake',
    HEADROOM_REPORT_BUCKET: 'reports',
    HEADROOM_WORKGROUP: 'wg',
    HEADROOM_DATABASE: 'db',
    HEADROOM_ALERTS_TOPIC_ARN: 'arn:aws:sns:eu-west-1:1:alerts',
    HEADROOM_S3_ENDPOINT: endpoint,
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
    AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
    ...over,
  };
}

/**
 * The Lambda context a handler test calls with: the function's name and
 * the time left in the invocation (15 minutes unless given).
 *
 * @param functionName - e.g. `headroom-test-rollup`
 * @param remainingMs - what `getRemainingTimeInMillis` answers
 * @returns the context
 * @example
 * await handler({ asOf: '2026-11-26' }, lambdaContext('headroom-test-rollup'));
 */
export function lambdaContext(
  functionName: string,
  remainingMs = 900_000,
): Context {
  return {
    functionName,
    awsRequestId: 'r-1',
    getRemainingTimeInMillis: () => remainingMs,
  } as unknown as Context;
}
