import {
  Duration,
  RemovalPolicy,
  Stack,
  type StackProps,
  Validations,
} from 'aws-cdk-lib';
import * as athena from 'aws-cdk-lib/aws-athena';
import * as glue from 'aws-cdk-lib/aws-glue';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { RUN_FILES_KEPT_DAYS } from '#lib/domain/vocabulary';
import { bucketName, workGroupName } from '../resource-names.ts';
import type { StageConfig } from '../stage-config.ts';
import {
  inventoryTableInput,
  PARQUET_TABLES,
  parquetTableInput,
} from './lake-tables.ts';
import { ReportDistribution } from './report-distribution.ts';
import { ReportSignIn } from './report-sign-in.ts';

/** Props of the stateful stack. */
export interface DataStackProps extends StackProps {
  readonly stage: StageConfig;
  /** The reports' WAF web ACL (CLOUDFRONT scope, `ReportWafStack`). */
  readonly reportWebAclArn: string;
  /** Whether the allow-list has IPv6 ranges (`ReportWafStack.ipv6`). */
  readonly reportIpv6: boolean;
}

/**
 * The stateful part: the lake and report buckets, the CloudFront
 * distribution that serves the reports (here, beside its bucket, so origin
 * access control can write the bucket policy without a cross-stack cycle)
 * with its optional sign-in, the Glue catalog over the lake and the Athena
 * workgroup. Kept apart so the pipeline can be redeployed or destroyed
 * without touching data.
 */
export class DataStack extends Stack {
  readonly lakeBucket: s3.Bucket;
  readonly reportBucket: s3.Bucket;
  readonly reportDistribution: ReportDistribution;
  readonly reportSignIn: ReportSignIn | undefined;
  readonly database: glue.CfnDatabase;
  readonly databaseName: string;
  readonly workGroupName: string;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    const { stage } = props;
    const removalPolicy = stage.destroyOnRemoval
      ? RemovalPolicy.DESTROY
      : RemovalPolicy.RETAIN;
    const common = {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      removalPolicy,
    };
    const accessLogs = new s3.Bucket(this, 'AccessLogs', {
      ...common,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      // Access logs are for audits of the last quarter.
      lifecycleRules: [{ expiration: Duration.days(90) }],
    });
    Validations.of(accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access log bucket; logging it into itself loops.',
    });
    this.lakeBucket = new s3.Bucket(this, 'Lake', {
      ...common,
      bucketName: bucketName(stage, 'lake'),
      serverAccessLogsBucket: accessLogs,
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
      ],
    });
    this.reportBucket = new s3.Bucket(this, 'Reports', {
      ...common,
      bucketName: bucketName(stage, 'reports'),
      versioned: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'reports/',
      lifecycleRules: [
        {
          prefix: 'reports/',
          expiration: Duration.days(stage.reportRetentionDays),
        },
        // A run's lock outlives any execution (2 h at most): one that was
        // aborted or timed out, and so could not release it, frees its
        // as-of date the next day.
        { prefix: 'locks/', expiration: Duration.days(1) },
        // A run's plan, shard inputs and results are only needed until it
        // is published; a week leaves time to investigate a failed one.
        { prefix: 'runs/', expiration: Duration.days(RUN_FILES_KEPT_DAYS) },
        // Versioning protects latest/ and state/ from a bad run, for a month.
        { noncurrentVersionExpiration: Duration.days(30) },
      ],
    });
    const signIn = ReportSignIn.ifConfigured(this, stage, removalPolicy);
    this.reportSignIn = signIn;
    this.reportDistribution = new ReportDistribution(this, 'ReportsCdn', {
      bucket: this.reportBucket,
      webAclArn: props.reportWebAclArn,
      ipv6: props.reportIpv6,
      ...(stage.reportDomain ? { domain: stage.reportDomain } : {}),
      viewerRequest: signIn?.viewerRequest,
    });
    signIn?.allowCallback(this.reportDistribution.origin);
    this.databaseName = `headroom_${stage.name}`;
    this.database = new glue.CfnDatabase(this, 'Database', {
      catalogId: this.account,
      databaseInput: { name: this.databaseName, description: 'Headroom lake' },
    });
    this.addTables(stage);
    this.workGroupName = workGroupName(stage);
    new athena.CfnWorkGroup(this, 'WorkGroup', {
      name: this.workGroupName,
      description: 'Headroom rollup and forecast queries',
      recursiveDeleteOption: stage.destroyOnRemoval,
      workGroupConfiguration: {
        enforceWorkGroupConfiguration: true,
        publishCloudWatchMetricsEnabled: true,
        bytesScannedCutoffPerQuery: stage.bytesScannedCutoffPerQuery,
        engineVersion: { selectedEngineVersion: 'Athena engine version 3' },
        resultConfiguration: {
          outputLocation: `s3://${this.lakeBucket.bucketName}/athena-results/`,
          encryptionConfiguration: { encryptionOption: 'SSE_S3' },
        },
      },
    });
  }

  private addTables(stage: StageConfig): void {
    const bucket = this.lakeBucket.bucketName;
    const inputs = [
      ...Object.keys(PARQUET_TABLES).map((name) =>
        parquetTableInput(name, bucket, stage.dataStartDate),
      ),
      inventoryTableInput(bucket),
    ];
    for (const tableInput of inputs) {
      const table = new glue.CfnTable(this, `Table-${tableInput.name}`, {
        catalogId: this.account,
        databaseName: this.databaseName,
        tableInput,
      });
      table.node.addDependency(this.database);
    }
  }
}
