import type { StageConfig } from './stage-config.ts';

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
    // As dev: a regroup rebuilds a year plus a month from raw samples;
    // older days keep their rollups (reported as `daysNotReRolled`).
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

/** A stage's name. */
export type StageName = keyof typeof STAGE_CONFIGS;
