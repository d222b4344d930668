import { ConfigError } from '#lib/errors';

/** The env vars the stacks set on both functions. */
export const AWS_ENV = {
  lakeBucket: 'HEADROOM_LAKE_BUCKET',
  reportBucket: 'HEADROOM_REPORT_BUCKET',
  workGroup: 'HEADROOM_WORKGROUP',
  database: 'HEADROOM_DATABASE',
  alertsTopicArn: 'HEADROOM_ALERTS_TOPIC_ARN',
  /** Optional: the configuration JSON itself (else the S3 object). */
  config: 'HEADROOM_CONFIG',
  /** Optional: Athena query timeout in ms. */
  queryTimeoutMs: 'HEADROOM_QUERY_TIMEOUT_MS',
  /** Optional: the reports' distribution URL, for links in messages. */
  reportBaseUrl: 'HEADROOM_REPORT_BASE_URL',
  /** Optional: an S3-compatible endpoint (s3rver, MinIO), path-style. */
  s3Endpoint: 'HEADROOM_S3_ENDPOINT',
} as const;

/** The environment the functions read. */
export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads a required env var.
 *
 * @param env - the environment
 * @param name - the variable's name
 * @returns its value
 * @throws ConfigError when it is unset or empty
 * @example
 * getEnvOrThrow(process.env, 'HEADROOM_LAKE_BUCKET');
 */
export function getEnvOrThrow(env: Env, name: string): string {
  const value = env[name];
  if (!value) {
    throw new ConfigError('environment', 'is required but not set', {
      field: name,
    });
  }
  return value;
}
