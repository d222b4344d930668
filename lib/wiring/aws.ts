import { Logger as Powertools } from '@aws-lambda-powertools/logger';
import type { SNSClient } from '@aws-sdk/client-sns';
import { AthenaQueryEngine } from '#lib/adapters/aws/athena-query-engine';
import { PowertoolsLogger } from '#lib/adapters/aws/powertools-logger';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { SnsNotifier } from '#lib/adapters/aws/sns-notifier';
import {
  TableFolderStore,
  toFolderKey,
} from '#lib/adapters/aws/table-folder-store';
import { SystemClock } from '#lib/adapters/local/system-clock';
import { type Config, DEFAULT_CONFIG, parseConfig } from '#lib/config';
import { decodeUtf8 } from '#lib/decode-utf8';
import { ConfigError } from '#lib/errors';
import type { Deps } from '#lib/pipeline/deps';
import type { Clock } from '#lib/ports/clock';
import type { Logger } from '#lib/ports/logger';
import type { ObjectStore } from '#lib/ports/object-store';
import { type AwsClients, createClients } from './aws-clients.ts';
import { AWS_ENV, type Env, getEnvOrThrow } from './aws-env.ts';
import { functionMetrics } from './function-metrics.ts';

export type { AwsClients } from './aws-clients.ts';

/** Key of the configuration file in the lake bucket. */
export const CONFIG_KEY = 'config/headroom.json';

/** Optional parts of the AWS `Deps`. */
export interface AwsWiringOptions {
  readonly clients?: AwsClients;
  /** The handler's Powertools logger (its middleware adds the context). */
  readonly powertools?: Powertools;
  readonly log?: Logger;
  readonly clock?: Clock;
  /** Epoch ms by which running Athena queries must be stopped. */
  readonly deadline?: () => number | undefined;
}

/**
 * Builds the AWS `Deps`: Athena over the Glue database, S3 stores for the
 * inventory (`inventory/` in the lake bucket, one folder per CSV) and the
 * reports, SNS for alerts. Call once per cold start and reuse.
 *
 * @param env - the environment (the stacks set `AWS_ENV`)
 * @param options - clients, logger and clock to use instead of new ones
 * @returns the dependencies of a pipeline run
 * @throws ConfigError for a missing env var or an invalid configuration
 * @example
 * const deps = await buildAwsDeps(process.env);
 */
export async function buildAwsDeps(
  env: Env = process.env,
  options: AwsWiringOptions = {},
): Promise<Deps> {
  const lakeBucket = getEnvOrThrow(env, AWS_ENV.lakeBucket);
  const clients = options.clients ?? createClients(env);
  const { s3, sns } = clients;
  const lake = new S3ObjectStore(s3, lakeBucket);
  return {
    engine: athenaEngine(env, clients, lakeBucket, options.deadline),
    lake,
    lakeLocation: `s3://${lakeBucket}`,
    inventory: new TableFolderStore(
      new S3ObjectStore(s3, lakeBucket, 'inventory/'),
    ),
    // The key read, so that an error names where links.csv must be.
    inventoryLocation: (file) =>
      `s3://${lakeBucket}/inventory/${toFolderKey(file)}`,
    reports: new S3ObjectStore(s3, getEnvOrThrow(env, AWS_ENV.reportBucket)),
    notifier: snsNotifier(env, sns),
    clock: options.clock ?? new SystemClock(),
    log:
      options.log ??
      new PowertoolsLogger(options.powertools ?? new Powertools()),
    config: withReportBaseUrl(
      await loadConfig(env, lake),
      env[AWS_ENV.reportBaseUrl],
    ),
  };
}

/** Athena over the stage's workgroup and Glue database. */
function athenaEngine(
  env: Env,
  clients: AwsClients,
  lakeBucket: string,
  deadline: AwsWiringOptions['deadline'],
): AthenaQueryEngine {
  const timeout = Number(env[AWS_ENV.queryTimeoutMs] ?? 600_000);
  return new AthenaQueryEngine(clients.athena, clients.s3, {
    workGroup: getEnvOrThrow(env, AWS_ENV.workGroup),
    database: getEnvOrThrow(env, AWS_ENV.database),
    lakeBucket,
    timeoutMs: timeout,
    deadline,
  });
}

/** SNS on the alerts topic, counting what it publishes in metrics. */
function snsNotifier(env: Env, sns: SNSClient): SnsNotifier {
  return new SnsNotifier(
    sns,
    getEnvOrThrow(env, AWS_ENV.alertsTopicArn),
    {},
    functionMetrics(env),
  );
}

/**
 * The configuration: the `HEADROOM_CONFIG` env var if set, else the lake
 * bucket's `config/headroom.json`, else all defaults.
 *
 * @param env - the environment
 * @param lake - the lake bucket's store
 * @returns the validated configuration
 * @example
 * const config = await loadConfig(process.env, lakeStore);
 */
export async function loadConfig(env: Env, lake: ObjectStore): Promise<Config> {
  const inline = env[AWS_ENV.config];
  if (inline) return parseConfig(inline, AWS_ENV.config);
  const bytes = await lake.get(CONFIG_KEY);
  if (bytes === undefined) return DEFAULT_CONFIG;
  const file = `s3 ${CONFIG_KEY}`;
  return parseConfig(decodeUtf8(bytes, file, ConfigError), file);
}

/** The stack's distribution URL, unless the configuration names one. */
function withReportBaseUrl(config: Config, url: string | undefined): Config {
  if (!url || config.notify.reportBaseUrl !== '') return config;
  return { ...config, notify: { ...config.notify, reportBaseUrl: url } };
}
