import { Duration, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import {
  RUN_DATE_LOCK_PREFIX,
  RUN_FILES_KEPT_DAYS,
} from '#lib/domain/vocabulary';
import { bucketName } from '../resource-names.ts';
import type { StageConfig } from '../stage-config.ts';

/** The lake and the report store. */
export interface DataBuckets {
  readonly lake: s3.Bucket;
  readonly reports: s3.Bucket;
}

/**
 * Adds the data stack's buckets: the access-log bucket, then the lake and
 * the report store, both logging into it, encrypted, private and TLS-only,
 * each with the lifecycle rules that clean up after the pipeline
 * (docs/architecture.md "Leftovers").
 *
 * @param scope - the data stack
 * @param stage - names the buckets, sets their retention
 * @param removalPolicy - what a stack deletion does to the buckets
 * @returns the lake and report buckets
 * @example
 * const { lake, reports } = addDataBuckets(this, stage, removalPolicy);
 */
export function addDataBuckets(
  scope: Construct,
  stage: StageConfig,
  removalPolicy: RemovalPolicy,
): DataBuckets {
  const common = {
    encryption: s3.BucketEncryption.S3_MANAGED,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    removalPolicy,
  };
  const accessLogs = new s3.Bucket(scope, 'AccessLogs', {
    ...common,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
    // Access logs are for audits of the last quarter.
    lifecycleRules: [{ expiration: Duration.days(90) }],
  });
  Validations.of(accessLogs).acknowledge({
    id: 'AwsSolutions-S1',
    reason: 'This is the access log bucket; logging it into itself loops.',
  });
  const logged = { ...common, serverAccessLogsBucket: accessLogs };
  return {
    lake: addLakeBucket(scope, stage, logged),
    reports: addReportBucket(scope, stage, logged),
  };
}

/** What every data bucket shares, access logging included. */
type CommonProps = Pick<
  s3.BucketProps,
  | 'encryption'
  | 'blockPublicAccess'
  | 'enforceSSL'
  | 'removalPolicy'
  | 'serverAccessLogsBucket'
>;

function addLakeBucket(
  scope: Construct,
  stage: StageConfig,
  common: CommonProps,
): s3.Bucket {
  return new s3.Bucket(scope, 'Lake', {
    ...common,
    bucketName: bucketName(stage, 'lake'),
    serverAccessLogsPrefix: 'lake/',
    // Athena result files are read once by the Lambda that ran the query.
    lifecycleRules: [
      { prefix: 'athena-results/', expiration: Duration.days(7) },
      // A run's shard inputs (UNLOADed by the plan), as in the report
      // bucket: needed until the run is published.
      { prefix: 'runs/', expiration: Duration.days(RUN_FILES_KEPT_DAYS) },
      // A rollup write's UNLOAD output, moved into the day folders at
      // once: what stays was left by a Lambda stopped midway.
      { prefix: 'rollup-staging/', expiration: Duration.days(1) },
      // Raw samples are kept as long as a regrouping may need them.
      {
        prefix: 'traffic/',
        expiration: Duration.days(stage.trafficRetentionDays),
      },
      // An UNLOAD stopped at its Lambda's deadline, or a Parquet upload
      // of a Lambda stopped midway, leaves parts no prefix rule removes.
      { abortIncompleteMultipartUploadAfter: Duration.days(1) },
    ],
  });
}

function addReportBucket(
  scope: Construct,
  stage: StageConfig,
  common: CommonProps,
): s3.Bucket {
  return new s3.Bucket(scope, 'Reports', {
    ...common,
    bucketName: bucketName(stage, 'reports'),
    versioned: true,
    serverAccessLogsPrefix: 'reports/',
    lifecycleRules: [
      {
        prefix: 'reports/',
        expiration: Duration.days(stage.reportRetentionDays),
      },
      // A run's lock outlives any execution (2 h at most): one that was
      // aborted or timed out, and so could not release it, frees its
      // as-of date a day or two later (S3 rounds expiry up to midnight UTC).
      { prefix: RUN_DATE_LOCK_PREFIX, expiration: Duration.days(1) },
      // A run's plan, shard inputs and results are only needed until it
      // is published; a week leaves time to investigate a failed one.
      { prefix: 'runs/', expiration: Duration.days(RUN_FILES_KEPT_DAYS) },
      // Versioning protects latest/ and state/ from a bad run, for a month.
      { noncurrentVersionExpiration: Duration.days(30) },
      // Publish streams its large files as multipart uploads and aborts
      // one that fails; one whose Lambda was stopped midway (a timeout)
      // cannot, and its parts, billed but never seen, go after a day.
      { abortIncompleteMultipartUploadAfter: Duration.days(1) },
    ],
  });
}
