import { Aws } from 'aws-cdk-lib';
import type { Severity, Stage } from '#lib/domain/vocabulary';

/** Which alerts one address receives: SNS filter on message attributes. */
export interface AlertFilter {
  readonly isp?: readonly string[];
  readonly region?: readonly string[];
  readonly severity?: readonly (Severity | 'resolved' | 'digest')[];
  readonly owner?: readonly string[];
}

/** One email subscription to the alerts topic. */
export interface AlertSubscription {
  readonly email: string;
  /** No filter: the address receives every alert. */
  readonly filter?: AlertFilter;
}

/** A custom name for the reports, with its ACM certificate (us-east-1). */
export interface ReportDomain {
  readonly domainName: string;
  readonly certificateArn: string;
}

/**
 * Cognito sign-in in front of the reports, on top of the WAF allow-list
 * (README "Deploy to AWS"). Users are created by an administrator.
 */
export interface ReportSignIn {
  /**
   * Prefix of the hosted sign-in page,
   * `https://<prefix>.auth.<region>.amazoncognito.com`: unique per region.
   */
  readonly domainPrefix: string;
}

/** Everything that differs between deployments; no account (see `infra/app.ts`). */
export interface StageConfig {
  readonly name: string;
  /**
   * The region of the data, pipeline and alerting stacks. The reports'
   * WAF web ACL is in us-east-1 whatever this is (CloudFront requires it).
   */
  readonly region: string;
  /**
   * Addresses (CIDR, IPv4) allowed to open the reports through CloudFront:
   * the WAF allow-list. Everyone else gets 403.
   */
  readonly reportAllowedCidrs: readonly string[];
  /** Optional: serve the reports under this name (TLS 1.2 at least). */
  readonly reportDomain?: ReportDomain;
  /** Optional: also require a Cognito sign-in (off when absent). */
  readonly reportSignIn?: ReportSignIn;
  /** IANA time zone of the schedules. */
  readonly timeZone: string;
  /**
   * Local hour (0–23) of the daily run (rollup → plan → shards → publish).
   * Must fall after UTC midnight plus the telemetry's landing delay in
   * every season, since `dt` is a UTC day.
   */
  readonly runHour: number;
  /** Shards forecast at once by the Distributed Map (its MaxConcurrency). */
  readonly maxConcurrency: number;
  /** Raw 5-minute traffic (`traffic/`) is deleted after this many days. */
  readonly trafficRetentionDays: number;
  /** First day of traffic: the start of the `dt` partition projection. */
  readonly dataStartDate: string;
  readonly alertEmails: readonly AlertSubscription[];
  readonly operationsEmails: readonly string[];
  /** Athena cancels any query of this workgroup scanning more bytes. */
  readonly bytesScannedCutoffPerQuery: number;
  /** Bytes scanned per day above which operations are alerted. */
  readonly dailyScanAlarmBytes: number;
  /** Dated reports are kept this many days. */
  readonly reportRetentionDays: number;
  /** Lambda log retention in days (a CDK RetentionDays value). */
  readonly logRetentionDays: 14 | 30 | 90 | 365;
  /** Delete buckets (once emptied) and log groups with the stacks. */
  readonly destroyOnRemoval: boolean;
}

const GB = 1024 ** 3;

/**
 * The deployments, shared by `infra/app.ts` and the tests. Emails and address
 * ranges here are placeholders to replace before the first deploy.
 */
export const STAGE_CONFIGS = {
  dev: {
    name: 'dev',
    region: 'eu-west-1',
    // Documentation ranges (RFC 5737): replace with the office and VPN ranges.
    reportAllowedCidrs: ['192.0.2.0/24'],
    timeZone: 'Europe/London',
    runHour: 3,
    // 100 concurrent shard Lambdas stay well under the default account
    // concurrency of 1,000 and Athena's 20 concurrent DML queries are not
    // involved (shards read Parquet from S3 directly).
    maxConcurrency: 100,
    // Raw samples are read only to roll up new days and, after links.csv
    // regroups links, to roll up past days again: 400 days lets a regroup
    // rebuild a full year plus a month. Older history stays in the daily
    // rollups (`series_daily/`), which do not expire.
    trafficRetentionDays: 400,
    dataStartDate: '2024-01-01',
    alertEmails: [{ email: 'capacity-dev@example.com' }],
    operationsEmails: ['headroom-ops-dev@example.com'],
    bytesScannedCutoffPerQuery: 20 * GB,
    dailyScanAlarmBytes: 40 * GB,
    reportRetentionDays: 90,
    logRetentionDays: 14,
    destroyOnRemoval: true,
  },
  prod: {
    name: 'prod',
    region: 'eu-west-1',
    reportAllowedCidrs: ['198.51.100.0/24', '203.0.113.0/24'],
    timeZone: 'Europe/London',
    runHour: 3,
    // As dev: 100 shards at once keeps a 100,000-link run under 30 min.
    maxConcurrency: 100,
    // As dev: the forecast's history window plus margin.
    trafficRetentionDays: 400,
    dataStartDate: '2024-01-01',
    alertEmails: [
      {
        email: 'emea-peering@example.com',
        filter: {
          region: ['EMEA'],
          severity: ['warning', 'critical', 'resolved', 'digest'],
        },
      },
      {
        email: 'capacity-planning@example.com',
        filter: {
          owner: ['capacity-planning'],
        },
      },
    ],
    operationsEmails: ['headroom-ops@example.com'],
    bytesScannedCutoffPerQuery: 50 * GB,
    dailyScanAlarmBytes: 100 * GB,
    reportRetentionDays: 400,
    logRetentionDays: 90,
    destroyOnRemoval: false,
  },
} as const satisfies Readonly<Record<string, StageConfig>>;

/**
 * The Step Functions state machine's name.
 *
 * @param stage - the deployment
 * @returns e.g. `headroom-dev-run`
 * @example
 * stateMachineName(STAGE_CONFIGS.dev); // 'headroom-dev-run'
 */
export function stateMachineName(stage: StageConfig): string {
  return `headroom-${stage.name}-run`;
}

/** A stage's name. */
export type StageName = keyof typeof STAGE_CONFIGS;

/**
 * The Lambda function name of a pipeline stage, fixed so that alarms in
 * the alerting stack can name it without a cross-stack reference.
 *
 * @param stage - the deployment
 * @param step - rollup, plan, shard or publish
 * @returns e.g. `headroom-dev-rollup`
 * @example
 * functionName(STAGE_CONFIGS.dev, 'publish'); // 'headroom-dev-publish'
 */
export function functionName(stage: StageConfig, step: Stage): string {
  return `headroom-${stage.name}-${step}`;
}

/**
 * The Athena workgroup's name.
 *
 * @param stage - the deployment
 * @returns e.g. `headroom-dev`
 * @example
 * workGroupName(STAGE_CONFIGS.dev); // 'headroom-dev'
 */
export function workGroupName(stage: StageConfig): string {
  return `headroom-${stage.name}`;
}

/**
 * A bucket's name: fixed per stage, account and region (bucket names are
 * global), so that the pipeline stack can name its exact ARNs without a
 * cross-stack reference.
 *
 * @param stage - the deployment
 * @param bucket - which bucket
 * @returns e.g. `headroom-dev-lake-<account>-<region>` (with tokens)
 * @example
 * bucketName(STAGE_CONFIGS.dev, 'lake');
 */
export function bucketName(
  stage: StageConfig,
  bucket: 'lake' | 'reports',
): string {
  return `headroom-${stage.name}-${bucket}-${Aws.ACCOUNT_ID}-${Aws.REGION}`;
}
