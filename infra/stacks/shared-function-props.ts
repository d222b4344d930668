import type { RemovalPolicy } from 'aws-cdk-lib';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type { PipelineFunctionProps } from '../constructs/pipeline-function.ts';
import type { StageConfig } from '../stage-config.ts';

/** What the functions share: everything but name, entry and sizing. */
export type SharedProps = Omit<
  PipelineFunctionProps,
  'functionName' | 'entry' | 'memorySize' | 'timeout'
>;

/**
 * The functions' environment (resource names), logs and source maps.
 *
 * @param props - the pipeline stack's props (stage, names, topic, URL)
 * @param lake - the lake bucket
 * @param reports - the report bucket
 * @param removalPolicy - the stage's removal policy
 * @returns what every pipeline function shares
 * @example
 * const shared = sharedProps(props, lake, reports, removalPolicy);
 */
export function sharedProps(
  props: {
    readonly stage: Pick<StageConfig, 'logRetentionDays'>;
    readonly databaseName: string;
    readonly workGroupName: string;
    readonly alertsTopic: sns.ITopic;
    readonly reportBaseUrl: string;
    readonly sourceMaps?: boolean;
  },
  lake: s3.IBucket,
  reports: s3.IBucket,
  removalPolicy: RemovalPolicy,
): SharedProps {
  return {
    environment: {
      HEADROOM_LAKE_BUCKET: lake.bucketName,
      HEADROOM_REPORT_BUCKET: reports.bucketName,
      HEADROOM_WORKGROUP: props.workGroupName,
      HEADROOM_DATABASE: props.databaseName,
      HEADROOM_ALERTS_TOPIC_ARN: props.alertsTopic.topicArn,
      HEADROOM_REPORT_BASE_URL: props.reportBaseUrl,
    },
    logRetention: props.stage.logRetentionDays as logs.RetentionDays,
    removalPolicy,
    sourceMaps: props.sourceMaps,
  };
}
