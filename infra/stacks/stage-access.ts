import type { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type { PipelineFunction } from '../constructs/pipeline-function.ts';
import type { GrantedPrefixes } from './nag-acknowledgements.ts';
import { lakeStatements, reportStatements } from './pipeline-access.ts';

/** The stage functions and the resources they use. */
export interface StageAccess {
  readonly lake: s3.IBucket;
  readonly reports: s3.IBucket;
  readonly databaseName: string;
  readonly workGroupName: string;
  readonly functions: {
    readonly rollup: PipelineFunction;
    readonly plan: PipelineFunction;
    readonly shard: PipelineFunction;
    readonly publish: PipelineFunction;
  };
}

/** Every function reads the configuration and the inventory at cold start. */
const COMMON_READS = ['inventory/', 'config/'];

/** Report-bucket prefixes each stage reads and writes. */
const REPORT_PREFIXES = {
  // The grouping the lake's series were rolled up with (state/rollup.json).
  rollup: ['state/'],
  // The plan and shard list, and the shards' inputs.
  plan: ['runs/', 'state/'],
  // The run's plan and inputs; the shard's results.
  shard: ['runs/'],
  // Every shard's results; the report set, latest/ and notification state.
  publish: ['runs/', 'reports/', 'state/'],
} as const;

function allow(fn: PipelineFunction, statements: iam.PolicyStatement[]) {
  for (const statement of statements) fn.role.addToPolicy(statement);
}

/**
 * Grants each stage function least-privilege access: Athena and Glue only
 * where it queries, lake prefixes it reads or replaces, report prefixes
 * it uses.
 *
 * @param stack - the pipeline stack
 * @param access - functions, buckets, database and workgroup
 * @returns the object prefixes granted per bucket (for cdk-nag)
 * @example
 * const granted = grantStageAccess(this, { lake, reports, … });
 */
export function grantStageAccess(
  stack: Stack,
  access: StageAccess,
): GrantedPrefixes[] {
  const { lake, reports, functions: fns } = access;
  const athena = {
    lakeBucket: lake,
    databaseName: access.databaseName,
    workGroupName: access.workGroupName,
  };
  allow(
    fns.rollup,
    lakeStatements(stack, {
      ...athena,
      tables: ['traffic', 'links', 'series_daily', 'quality_daily'],
      readPrefixes: ['traffic/', ...COMMON_READS],
      writePrefixes: ['series_daily/', 'quality_daily/'],
    }),
  );
  const reader = {
    ...athena,
    tables: ['links', 'series_daily', 'quality_daily'],
    readPrefixes: ['series_daily/', 'quality_daily/', ...COMMON_READS],
    writePrefixes: [],
  };
  allow(fns.plan, lakeStatements(stack, reader));
  allow(fns.publish, lakeStatements(stack, reader));
  // The shard reads its inputs from the report bucket: no Athena.
  allow(fns.shard, [
    new iam.PolicyStatement({
      actions: ['s3:GetObject'],
      resources: COMMON_READS.map((p) => lake.arnForObjects(`${p}*`)),
    }),
  ]);
  // Athena UNLOADs the shard inputs into the report bucket.
  fns.plan.role.addToPolicy(
    new iam.PolicyStatement({
      actions: ['s3:GetBucketLocation'],
      resources: [reports.bucketArn],
    }),
  );
  for (const [step, prefixes] of Object.entries(REPORT_PREFIXES)) {
    const fn = fns[step as keyof typeof REPORT_PREFIXES];
    allow(fn, reportStatements(reports, prefixes));
  }
  return [
    {
      bucket: 'lake',
      prefixes: [
        'traffic/',
        'series_daily/',
        'quality_daily/',
        'athena-results/',
        ...COMMON_READS,
      ],
    },
    { bucket: 'reports', prefixes: ['runs/', 'reports/', 'state/'] },
  ];
}
