import { Stack, type StackProps } from 'aws-cdk-lib';
import * as athena from 'aws-cdk-lib/aws-athena';
import * as glue from 'aws-cdk-lib/aws-glue';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { removalPolicyOf } from '../removal-policy.ts';
import { workGroupName } from '../resource-names.ts';
import type { StageConfig } from '../stage-config.ts';
import { addDataBuckets } from './data-buckets.ts';
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
    const removalPolicy = removalPolicyOf(stage);
    const buckets = addDataBuckets(this, stage, removalPolicy);
    this.lakeBucket = buckets.lake;
    this.reportBucket = buckets.reports;
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
    // Athena reads database names of letters, digits and underscores.
    this.databaseName = `headroom_${stage.name.replaceAll('-', '_')}`;
    this.database = new glue.CfnDatabase(this, 'Database', {
      catalogId: this.account,
      databaseInput: { name: this.databaseName, description: 'Headroom lake' },
    });
    this.addTables(stage);
    this.workGroupName = workGroupName(stage);
    this.addWorkGroup(stage);
  }

  /**
   * The Athena workgroup: engine 3, the stage's per-query scan cutoff,
   * encrypted results in the lake's `athena-results/`.
   */
  private addWorkGroup(stage: StageConfig): void {
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

  /** One Glue table per Parquet dataset of the lake, and the inventory. */
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
